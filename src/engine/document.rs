//! One article prepared for comparison: its segmentation, its page furniture and the span of
//! its headline.

use super::bundle::Article;
use super::furniture::{self, Reason};
use super::segment::{Segmentation, segment};
use super::text::{Span, trim_span};

/// An article split into paragraphs and sentences, with its furniture marked.
#[derive(Clone, Debug)]
pub struct Document {
    /// Paragraphs, sentences and dateline of the body.
    pub seg: Segmentation,
    /// For each sentence, why it is page furniture (`None` for real content).
    pub furniture: Vec<Option<Reason>>,
    /// The headline's span inside the article's `title`, when it is not blank.
    pub title: Option<Span>,
}

impl Document {
    /// Segments `article` and finds its page furniture.
    pub fn new(article: &Article) -> Document {
        let title = trim_span(&article.title, Span::new(0, article.title.len()));
        let seg = segment(&article.text);
        let furniture = furniture::detect(&article.text, &seg);
        Document { seg, furniture, title: (!title.is_empty()).then_some(title) }
    }
}
