//! Word-level diffs between two units, and runs of words shared verbatim (wire copy).
//!
//! This is the only module that names `similar`'s types. Words are compared by their normal
//! form (case, curly quotes and NFC do not count as changes); punctuation is ignored.

use super::report::{DiffOp, DiffTag, SpanOut};
use super::text::{Span, TokenKind, tokenize};
use similar::{Algorithm, DiffTag as SimilarTag, capture_diff_slices};

/// A run of at least this many words shared verbatim with another article is marked as wire
/// copy. Eight words is where chance agreement between independent writers becomes unlikely
/// (two reporters paraphrasing one statement rarely agree on more than five or six words in
/// a row); it is also the figure the product brief names.
pub const VERBATIM_WORDS: usize = 8;

/// One side of a comparison: a string and the span of the unit inside it.
#[derive(Clone, Copy, Debug)]
pub struct Side<'a> {
    /// The article text or title.
    pub text: &'a str,
    /// The unit's bytes.
    pub span: Span,
}

/// A word of a unit: its span and normal form.
pub type Word = (Span, String);

/// The words of a unit: their spans and normal forms.
pub fn words(side: Side) -> Vec<Word> {
    tokenize(side.text, side.span)
        .into_iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .map(|t| (t.span, t.norm))
        .collect()
}

/// The comparison of two units: the diff and the verbatim runs it contains.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WordDiff {
    /// The pieces in order, as byte ranges in each side.
    pub ops: Vec<DiffOp>,
    /// Runs of at least [`VERBATIM_WORDS`] equal words, as `(span in a, span in b)`.
    pub verbatim: Vec<(SpanOut, SpanOut)>,
}

/// Compares two units given their words; `end_a` and `end_b` are the ends of the units (where
/// an insertion at the very end is placed).
pub fn compare(wa: &[Word], wb: &[Word], end_a: usize, end_b: usize) -> WordDiff {
    let ka: Vec<&str> = wa.iter().map(|w| w.1.as_str()).collect();
    let kb: Vec<&str> = wb.iter().map(|w| w.1.as_str()).collect();
    let raw = capture_diff_slices(Algorithm::Myers, &ka, &kb);
    let range = |ws: &[Word], r: std::ops::Range<usize>, fallback: usize| -> SpanOut {
        if r.is_empty() {
            let at = ws.get(r.start).map_or(fallback, |w| w.0.start);
            SpanOut { start: at, end: at }
        } else {
            SpanOut { start: ws[r.start].0.start, end: ws[r.end - 1].0.end }
        }
    };
    let mut out = WordDiff::default();
    for op in &raw {
        let tag = match op.tag() {
            SimilarTag::Equal => DiffTag::Equal,
            SimilarTag::Delete => DiffTag::Delete,
            SimilarTag::Insert => DiffTag::Insert,
            SimilarTag::Replace => DiffTag::Replace,
        };
        let (ra, rb) = (op.old_range(), op.new_range());
        if tag == DiffTag::Equal && ra.len() >= VERBATIM_WORDS {
            out.verbatim.push((range(wa, ra.clone(), end_a), range(wb, rb.clone(), end_b)));
        }
        out.ops.push(DiffOp { tag, a: range(wa, ra, end_a), b: range(wb, rb, end_b), change: None });
    }
    out
}

/// A word-level diff of two units: the pieces in order, as byte ranges in each side.
///
/// Each range runs from the first to the last word of the piece on that side; an empty range
/// (at the position where the words would go) stands for "nothing on this side".
pub fn diff(a: Side, b: Side) -> Vec<DiffOp> {
    compare(&words(a), &words(b), a.span.end, b.span.end).ops
}

/// Runs of at least [`VERBATIM_WORDS`] words that two units share in the same order, as
/// `(span in a, span in b)`.
pub fn verbatim_runs(a: Side, b: Side) -> Vec<(SpanOut, SpanOut)> {
    compare(&words(a), &words(b), a.span.end, b.span.end).verbatim
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(s: &str) -> Side<'_> {
        Side { text: s, span: Span::new(0, s.len()) }
    }

    #[test]
    fn reporting_verb_change_is_one_replace() {
        let a = "The minister said the plan would work.";
        let b = "The minister claimed the plan would work.";
        let ops = diff(side(a), side(b));
        let changed: Vec<(&str, &str)> = ops
            .iter()
            .filter(|o| o.tag != DiffTag::Equal)
            .map(|o| (&a[o.a.start..o.a.end], &b[o.b.start..o.b.end]))
            .collect();
        assert_eq!(changed, [("said", "claimed")]);
    }

    #[test]
    fn case_and_quote_style_do_not_count() {
        let ops = diff(side("He said “it’s over”."), side("he said \"It's over\"."));
        assert!(ops.iter().all(|o| o.tag == DiffTag::Equal));
    }

    #[test]
    fn verbatim_runs_need_eight_words() {
        let a = "Officials said the joint letter was signed by parties from many countries on Thursday.";
        let b = "On Thursday the joint letter was signed by parties from many countries, officials said.";
        let runs = verbatim_runs(side(a), side(b));
        assert_eq!(runs.len(), 1);
        assert_eq!(&a[runs[0].0.start..runs[0].0.end], "the joint letter was signed by parties from many countries");
        assert!(
            verbatim_runs(side("one two three four five six seven"), side("one two three four five six seven"))
                .is_empty()
        );
    }
}
