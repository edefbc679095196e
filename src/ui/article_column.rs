//! One article in the reader: its header and its sentences, paragraph by paragraph, with the
//! highlights as marked spans. Article text is always rendered as text, never as HTML.

use super::identity::{SameRc, same};
use super::paragraph::{Paragraph, marked, unit_id};
use crate::engine::bundle::Article;
use crate::engine::report::ArticleReport;

use crate::engine::Highlight;
use std::rc::Rc;
use yew::prelude::*;

/// A unit of an article: a body sentence, or `None` for the headline.
pub type Unit = Option<usize>;

/// Paragraphs of each column drawn at first when the columns are drawn progressively, and
/// added to one column at each later step (see the reader). Measured in the browser benchmark
/// (20 articles × 3,000 words, 2-core machine): a paragraph costs about 1 ms to draw, and
/// drawing six paragraphs of every column in one task blocked the page for over 100 ms; three
/// each at first (what a column shows without scrolling) and then six of one column per task
/// keep every task well under the 100 ms budget.
pub const PARAGRAPH_FIRST: usize = 3;
/// See [`PARAGRAPH_FIRST`].
pub const PARAGRAPH_STEP: usize = 6;

/// Properties of [`ArticleColumn`].
#[derive(Properties)]
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
    /// How many paragraphs to draw (all by default; the reader draws large bundles a few
    /// paragraphs at a time, so that no drawing task blocks the page for long).
    #[prop_or(usize::MAX)]
    pub shown: usize,
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

/// Shared data is compared by identity first (the reader keeps the same `Rc`s until the
/// analysis or the shown kinds change), so that a hover does not read every article through.
impl PartialEq for ArticleColumnProps {
    fn eq(&self, o: &ArticleColumnProps) -> bool {
        self.index == o.index
            && same(&self.article, &o.article)
            && same(&self.analysis, &o.analysis)
            && self.name == o.name
            && same(&self.highlights, &o.highlights)
            && self.lit == o.lit
            && (self.active, self.selected) == (o.active, o.selected)
            && (self.show_furniture, self.shown, self.read_only) == (o.show_furniture, o.shown, o.read_only)
            && self.restored == o.restored
            && (&self.on_activate, &self.on_hover, &self.on_restore) == (&o.on_activate, &o.on_hover, &o.on_restore)
    }
}

/// Where each paragraph's sentences are, and each sentence's highlights.
struct Layout {
    /// For every paragraph, its sentences `first..end` (sentences come paragraph by paragraph).
    paragraphs: Vec<(usize, usize)>,
    /// For every sentence, the indices of its highlights.
    by_sentence: Rc<Vec<Vec<usize>>>,
    /// The indices of the headline's highlights.
    title: Vec<usize>,
}

fn layout(analysis: &ArticleReport, highlights: &[Highlight]) -> Layout {
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); analysis.sentences.len()];
    let mut title = Vec::new();
    // Highlights bucketed by sentence (a highlight may touch two sentences).
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
            by_sentence[i].push(n);
        }
    }
    let mut paragraphs = vec![(0, 0); analysis.paragraphs.len()];
    let mut i = 0;
    for (p, range) in paragraphs.iter_mut().enumerate() {
        let first = i;
        while analysis.sentences.get(i).is_some_and(|s| s.paragraph == p) {
            i += 1;
        }
        *range = (first, i);
    }
    Layout { paragraphs, by_sentence: Rc::new(by_sentence), title }
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

/// Renders one article as a column of paragraphs made of sentence spans.
#[component]
pub fn ArticleColumn(props: &ArticleColumnProps) -> Html {
    let article = &props.article;
    let k = props.index;
    let heading_id = format!("article-{k}-heading");
    let name =
        if props.name.is_empty() { crate::engine::display_name(article).to_string() } else { props.name.to_string() };
    let layout = {
        let key = (SameRc(props.analysis.clone()), SameRc(props.highlights.clone()));
        use_memo(key, |(analysis, highlights)| layout(&analysis.0, &highlights.0))
    };
    let title_class = classes!(
        "unit",
        props.lit.contains(&None).then_some("lit"),
        (props.active == Some(None)).then_some("active"),
        (props.selected == Some(None)).then_some("selected"),
    );
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
    let in_range = |u: Option<Unit>, (first, end): (usize, usize)| u.flatten().filter(|i| (first..end).contains(i));
    let paragraphs = layout.paragraphs.iter().take(props.shown).map(|&(first, end)| {
        let range = first..end;
        html! {
            <Paragraph index={k} article={props.article.clone()} analysis={props.analysis.clone()} {first} {end}
                highlights={props.highlights.clone()} by_sentence={layout.by_sentence.clone()}
                lit={props.lit.iter().flatten().copied().filter(|i| range.contains(i)).collect::<Vec<_>>()}
                active={in_range(props.active, (first, end))} selected={in_range(props.selected, (first, end))}
                show_furniture={props.show_furniture} read_only={props.read_only}
                restored={props.restored.iter().copied().filter(|i| range.contains(i)).collect::<Vec<_>>()}
                on_restore={props.on_restore.clone()} />
        }
    });
    let title_hls: Vec<&Highlight> = layout.title.iter().filter_map(|&n| props.highlights.get(n)).collect();
    html! {
        <article class="article-column" aria-labelledby={heading_id.clone()} data-article={article.id.clone()} id={format!("col-{k}")}
            onmouseover={on_over} onfocusin={on_focus} onclick={on_activate} onkeydown={on_key}>
            <header class="article-header">
                <h3 id={heading_id} class="article-outlet">{ name }</h3>
                if props.analysis.title.is_some() {
                    <p class={classes!(title_class, "article-title")} id={unit_id(k, None)} data-s="t" tabindex="0" role="button" dir="auto" aria-pressed={(props.selected == Some(None)).to_string()}>
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
