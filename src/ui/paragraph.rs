//! One paragraph of an article in the reader: its sentences as focusable spans with their
//! highlights. A component of its own so that a column redraws only the paragraphs whose
//! sentences changed (lit, active, selected, put back) and, drawn a few paragraphs at a time,
//! adds the new ones without redrawing the old.

use super::article_column::{marked, unit_id};
use super::context::same;
use crate::engine::bundle::Article;
use crate::engine::report::ArticleReport;
use crate::engine::{Highlight, Kind};
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
