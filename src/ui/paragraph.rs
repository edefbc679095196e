//! One paragraph of an article in the reader: its sentences as focusable spans with their
//! highlights. A component of its own so that a column redraws only the paragraphs whose
//! sentences changed (lit, active, selected, put back) and, drawn a few paragraphs at a time,
//! adds the new ones without redrawing the old.

use super::identity::same;
use crate::engine::bundle::Article;
use crate::engine::report::ArticleReport;
use crate::engine::{Highlight, Kind};
use crate::util::sorting;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Paragraph`].
#[derive(Properties, Clone)]
pub struct ParagraphProps {
    /// Position of the article in the bundle.
    pub index: usize,
    /// The article.
    pub article: Rc<Article>,
    /// Its segmentation.
    pub analysis: Rc<ArticleReport>,
    /// The sentences of this paragraph: `first..end`, indices into `analysis.sentences`.
    pub first: usize,
    /// One past the last sentence of this paragraph.
    pub end: usize,
    /// The article's highlights to show.
    pub highlights: Rc<Vec<Highlight>>,
    /// For every sentence of the article, the indices of its highlights in `highlights`.
    pub by_sentence: Rc<Vec<Vec<usize>>>,
    /// Sentences of this paragraph lit up as counterparts of the active unit elsewhere.
    #[prop_or_default]
    pub lit: Vec<usize>,
    /// The active (hovered or focused) sentence, when it is in this paragraph.
    #[prop_or_default]
    pub active: Option<usize>,
    /// The selected sentence, when it is in this paragraph.
    #[prop_or_default]
    pub selected: Option<usize>,
    /// Show page furniture (dimmed).
    pub show_furniture: bool,
    /// Sentences of this paragraph the user put back although they look like furniture.
    #[prop_or_default]
    pub restored: Vec<usize>,
    /// Read-only (no "Put back" buttons).
    pub read_only: bool,
    /// Put a page-furniture sentence back into the analysis.
    pub on_restore: Callback<(usize, usize)>,
}

/// The shared data (article, analysis, highlights) is compared by identity: the column hands
/// every paragraph the same `Rc`s until the analysis changes, and comparing their contents on
/// every redraw would cost more than it saves.
impl PartialEq for ParagraphProps {
    fn eq(&self, o: &ParagraphProps) -> bool {
        self.index == o.index
            && same(&self.article, &o.article)
            && same(&self.analysis, &o.analysis)
            && (self.first, self.end) == (o.first, o.end)
            && same(&self.highlights, &o.highlights)
            && same(&self.by_sentence, &o.by_sentence)
            && self.lit == o.lit
            && (self.active, self.selected) == (o.active, o.selected)
            && (self.show_furniture, self.read_only) == (o.show_furniture, o.read_only)
            && self.restored == o.restored
            && self.on_restore == o.on_restore
    }
}

/// A paragraph of sentence spans.
#[component]
pub fn Paragraph(props: &ParagraphProps) -> Html {
    let k = props.index;
    let text = &props.article.text;
    let sentences = (props.first..props.end).filter_map(|i| {
        let s = props.analysis.sentences.get(i)?;
        let furniture = s.boilerplate;
        if furniture && !props.show_furniture {
            return None;
        }
        let hls: Vec<&Highlight> = props
            .by_sentence
            .get(i)
            .into_iter()
            .flatten()
            .filter_map(|&n| props.highlights.get(n))
            .filter(|h| h.kind != Kind::Boilerplate)
            .collect();
        let restored = props.restored.contains(&i);
        let class = classes!(
            "unit",
            "sentence",
            props.lit.contains(&i).then_some("lit"),
            (props.active == Some(i)).then_some("active"),
            (props.selected == Some(i)).then_some("selected"),
            furniture.then_some("furniture"),
            restored.then_some("restored"),
        );
        let body = marked(text, s.start, s.end, &hls);
        let put_back = (furniture && !props.read_only).then(|| {
            let snippet: String =
                text.get(s.start..s.end).unwrap_or("").split_whitespace().take(6).collect::<Vec<_>>().join(" ");
            let onclick = props.on_restore.reform(move |_: MouseEvent| (k, i));
            html! { <button type="button" class="put-back button-small" aria-label={format!("Put back: {snippet}")} {onclick}>{ "Put back" }</button> }
        });
        Some(html! {
            <>
                <span {class} id={unit_id(k, Some(i))} data-s={i.to_string()} tabindex="0" role="button" aria-pressed={if props.selected == Some(i) { "true" } else { "false" }}>
                    if furniture {
                        <span class="furniture-tag">{ "page furniture: " }</span>
                    }
                    { body }
                </span>
                { for put_back }
                { " " }
            </>
        })
    });
    html! { <p class="paragraph" dir="auto">{ for sentences }</p> }
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

/// The element id of a sentence (or, with `None`, the headline) of article `k` in the reader.
pub fn unit_id(k: usize, sentence: Option<usize>) -> String {
    sentence.map_or_else(|| format!("s-{k}-t"), |s| format!("s-{k}-{s}"))
}
