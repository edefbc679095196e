//! One article prepared for comparison: its segmentation and the span of its headline.

use super::bundle::Article;
use super::segment::{Segmentation, segment};
use super::text::{Span, trim_span};

/// An article split into paragraphs and sentences.
#[derive(Clone, Debug)]
pub struct Document {
    /// Paragraphs, sentences and dateline of the body.
    pub seg: Segmentation,
    /// The headline's span inside the article's `title`, when it is not blank.
    pub title: Option<Span>,
}

impl Document {
    /// Segments `article`.
    pub fn new(article: &Article) -> Document {
        let title = trim_span(&article.title, Span::new(0, article.title.len()));
        Document { seg: segment(&article.text), title: (!title.is_empty()).then_some(title) }
    }
}
