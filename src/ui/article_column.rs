//! One article in the reader: its header and its sentences, paragraph by paragraph, with the
//! highlights as marked spans. Article text is always rendered as text, never as HTML.

use crate::engine::bundle::Article;
use crate::engine::report::ArticleReport;
use crate::engine::sorting;
use crate::engine::{Highlight, Kind};
use std::rc::Rc;
use yew::prelude::*;

/// A unit of an article: a body sentence, or `None` for the headline.
pub type Unit = Option<usize>;

/// Paragraphs drawn at first, and added at each step, when a column is drawn progressively.
/// Drawing a 20-article bundle in one go blocked the page for about 300 ms in the browser
/// benchmark; in steps of this size each drawing task stays far below the 100 ms budget.
pub const PARAGRAPH_STEP: usize = 6;

/// Properties of [`ArticleColumn`].
#[derive(Properties, PartialEq)]
pub struct ArticleColumnProps {
    /// Position in the bundle.
    pub index: usize,
    /// The article.
    pub article: Rc<Article>,
    /// Its segmentation.
    pub analysis: Rc<ArticleReport>,
    /// The name to show (the outlet, or "Article A" in blind mode).
    #[prop_or_default]
    pub name: AttrValue,
    /// Highlights of this article to show (visible kinds only), sorted by start.
    #[prop_or_default]
    pub highlights: Rc<Vec<Highlight>>,
    /// Units lit up because they are linked to the active unit in another column.
    #[prop_or_default]
    pub lit: Rc<Vec<Unit>>,
    /// The active (hovered or focused) unit, when it is in this column.
    #[prop_or_default]
    pub active: Option<Unit>,
    /// The selected unit, when it is in this column.
    #[prop_or_default]
    pub selected: Option<Unit>,
    /// Show page furniture (dimmed); hidden when the "Page furniture" signal is off.
    #[prop_or(true)]
    pub show_furniture: bool,
    /// Sentences of this article the user put back although they look like furniture.
    #[prop_or_default]
    pub restored: Rc<Vec<usize>>,
    /// Draw the paragraphs a few at a time (for large bundles), so that no drawing task
    /// blocks the page for long.
    #[prop_or_default]
    pub progressive: bool,
    /// Read-only (no "Put back" buttons).
    #[prop_or_default]
    pub read_only: bool,
    /// A unit was clicked or activated with Enter or Space.
    #[prop_or_default]
    pub on_activate: Callback<(usize, Unit)>,
    /// A unit was hovered or focused.
    #[prop_or_default]
    pub on_hover: Callback<(usize, Unit)>,
    /// Put a page-furniture sentence back into the analysis.
    #[prop_or_default]
    pub on_restore: Callback<(usize, usize)>,
}

/// Reads the unit (`data-s`) of the element an event happened on.
fn unit_of(e: &Event) -> Option<Unit> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let el: web_sys::Element = e.target()?.dyn_into().ok()?;
        let unit = el.closest("[data-s]").ok()??;
        let s = unit.get_attribute("data-s")?;
        if s == "t" { Some(None) } else { s.parse().ok().map(Some) }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = e;
        None
    }
}

/// The text between `start` and `end`, split where highlights begin and end; highlighted
/// pieces become `<mark>` with one class per kind and the notes as their title.
pub fn marked(text: &str, start: usize, end: usize, highlights: &[&Highlight]) -> Html {
    if highlights.is_empty() {
        return html! { { text.get(start..end).unwrap_or("").to_string() } };
    }
    let mut cuts = vec![start, end];
    for h in highlights {
        cuts.push(h.start.clamp(start, end));
        cuts.push(h.end.clamp(start, end));
    }
    sorting::sort(&mut cuts);
    cuts.dedup();
    let pieces = cuts.windows(2).filter_map(|w| {
        let (x, y) = (w[0], w[1]);
        let piece = text.get(x..y)?.to_string();
        let over: Vec<&&Highlight> = highlights.iter().filter(|h| h.start <= x && h.end >= y).collect();
        if over.is_empty() {
            return Some(html! { { piece } });
        }
        let mut kinds: Vec<Kind> = over.iter().map(|h| h.kind).collect();
        sorting::sort(&mut kinds);
        kinds.dedup();
        let class = classes!("hl", kinds.iter().map(|k| format!("hl-{}", k.name())).collect::<Vec<_>>());
        let title = over.iter().map(|h| format!("{}: {}", h.kind.label(), h.note)).collect::<Vec<_>>().join(" · ");
        Some(html! { <mark {class} {title} data-kinds={kinds.iter().map(|k| k.name()).collect::<Vec<_>>().join(" ")}>{ piece }</mark> })
    });
    html! { { for pieces } }
}

/// Renders one article as a column of paragraphs made of sentence spans.
#[component]
pub fn ArticleColumn(props: &ArticleColumnProps) -> Html {
    let article = &props.article;
    let k = props.index;
    let heading_id = format!("article-{k}-heading");
    let name =
        if props.name.is_empty() { crate::engine::display_name(article).to_string() } else { props.name.to_string() };
    let text = &article.text;
    // Highlights bucketed by sentence (a highlight may touch two sentences).
    let buckets = use_memo((props.analysis.clone(), props.highlights.clone()), |(analysis, highlights)| {
        let mut out: Vec<Vec<usize>> = vec![Vec::new(); analysis.sentences.len()];
        let mut title = Vec::new();
        for (n, h) in highlights.iter().enumerate() {
            if h.title {
                title.push(n);
                continue;
            }
            let first = analysis.sentences.partition_point(|s| s.end <= h.start);
            for (i, s) in analysis.sentences.iter().enumerate().skip(first) {
                if s.start >= h.end {
                    break;
                }
                out[i].push(n);
            }
        }
        (out, title)
    });
    let (by_sentence, title_hls) = &*buckets;
    let total = props.analysis.paragraphs.len();
    let shown = use_state(|| if props.progressive { PARAGRAPH_STEP } else { usize::MAX });
    {
        // The next step, after the browser has had a chance to handle input and paint.
        let shown = shown.clone();
        use_effect_with((*shown, total), move |&(now, total)| {
            let timer = (now < total).then(|| {
                gloo::timers::callback::Timeout::new(0, move || shown.set(now.saturating_add(PARAGRAPH_STEP)))
            });
            move || drop(timer)
        });
    }
    let class_for = |u: Unit| {
        classes!(
            "unit",
            props.lit.contains(&u).then_some("lit"),
            (props.active == Some(u)).then_some("active"),
            (props.selected == Some(u)).then_some("selected"),
        )
    };
    let on_activate = {
        let cb = props.on_activate.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(u) = unit_of(&e) {
                cb.emit((k, u));
            }
        })
    };
    let on_key = {
        let cb = props.on_activate.clone();
        Callback::from(move |e: KeyboardEvent| {
            if matches!(e.key().as_str(), "Enter" | " ")
                && let Some(u) = unit_of(&e)
            {
                e.prevent_default();
                cb.emit((k, u));
            }
        })
    };
    let on_over = {
        let cb = props.on_hover.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(u) = unit_of(&e) {
                cb.emit((k, u));
            }
        })
    };
    let on_focus = {
        let cb = props.on_hover.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(u) = unit_of(&e) {
                cb.emit((k, u));
            }
        })
    };
    let paragraphs = props.analysis.paragraphs.iter().enumerate().take(*shown).map(|(p, _)| {
        let sentences = props.analysis.sentences.iter().enumerate().filter(|(_, s)| s.paragraph == p).map(|(i, s)| {
            let furniture = s.boilerplate;
            if furniture && !props.show_furniture {
                return html! {};
            }
            let hls: Vec<&Highlight> = by_sentence[i].iter().map(|&n| &props.highlights[n]).filter(|h| h.kind != Kind::Boilerplate).collect();
            let restored = props.restored.contains(&i);
            let class = classes!(class_for(Some(i)), "sentence", furniture.then_some("furniture"), restored.then_some("restored"));
            let body = marked(text, s.start, s.end, &hls);
            let put_back = (furniture && !props.read_only).then(|| {
                let snippet: String = text.get(s.start..s.end).unwrap_or("").split_whitespace().take(6).collect::<Vec<_>>().join(" ");
                let onclick = props.on_restore.reform(move |_: MouseEvent| (k, i));
                html! { <button type="button" class="put-back button-small" aria-label={format!("Put back: {snippet}")} {onclick}>{ "Put back" }</button> }
            });
            html! {
                <>
                    <span {class} id={unit_id(k, Some(i))} data-s={i.to_string()} tabindex="0" role="button" aria-pressed={(props.selected == Some(Some(i))).to_string()}>
                        if furniture {
                            <span class="furniture-tag">{ "page furniture: " }</span>
                        }
                        { body }
                    </span>
                    { for put_back }
                    { " " }
                </>
            }
        });
        html! { <p class="paragraph" dir="auto">{ for sentences }</p> }
    });
    let title_hls: Vec<&Highlight> = title_hls.iter().map(|&n| &props.highlights[n]).collect();
    html! {
        <article class="article-column" aria-labelledby={heading_id.clone()} data-article={article.id.clone()} id={format!("col-{k}")}
            onmouseover={on_over} onfocusin={on_focus} onclick={on_activate} onkeydown={on_key}>
            <header class="article-header">
                <h3 id={heading_id} class="article-outlet">{ name }</h3>
                if props.analysis.title.is_some() {
                    <p class={classes!(class_for(None), "article-title")} id={unit_id(k, None)} data-s="t" tabindex="0" role="button" dir="auto" aria-pressed={(props.selected == Some(None)).to_string()}>
                        { marked(&article.title, props.analysis.title.map_or(0, |t| t.start), props.analysis.title.map_or(0, |t| t.end), &title_hls) }
                    </p>
                }
                if !article.date.is_empty() {
                    <p class="article-date">{ article.date.clone() }</p>
                }
            </header>
            <div class="article-body" id={format!("col-{k}-body")}>
                if props.analysis.sentences.is_empty() {
                    <p class="article-empty">{ "This article has no text." }</p>
                }
                { for paragraphs }
            </div>
        </article>
    }
}

/// The element id of a sentence (or, with `None`, the headline) of article `k` in the reader.
pub fn unit_id(k: usize, sentence: Option<usize>) -> String {
    sentence.map_or_else(|| format!("s-{k}-t"), |s| format!("s-{k}-{s}"))
}
