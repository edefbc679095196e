//! Word-level diffs between two units, and runs of words shared verbatim (wire copy).
//!
//! Words are compared by their normal form (case, curly quotes and NFC do not count as
//! changes); punctuation is ignored. The word sequences are compared by `similar` (its
//! Patience algorithm with a deadline, see [`pieces`]); this is the only module that names
//! `similar`'s types.

use super::report::{DiffOp, DiffTag, SpanOut};
use super::text::{Span, Token, TokenKind, tokenize};
use core::time::Duration;
use std::ops::Range;

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

/// The words of a unit, from its tokens (the reading's): their spans and normal forms.
pub fn words(tokens: &[Token]) -> Vec<Word> {
    tokens
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .map(|t| (t.span, t.norm.clone()))
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
    let mut ids = Interner::default();
    let (ia, ib) = (ids.ids(wa.iter().map(|w| w.1.as_str())), ids.ids(wb.iter().map(|w| w.1.as_str())));
    compare_ids((wa, &ia), (wb, &ib), end_a, end_b)
}

/// Numbers for words: equal words get equal numbers, so that a diff hashes and compares
/// numbers. One interner for all the units of an analysis numbers each unit's words once,
/// however many units it is compared with.
#[derive(Default)]
pub struct Interner(crate::util::fasthash::HashMap<String, u32>);

impl Interner {
    /// The numbers of `words`, in order.
    pub fn ids<'a>(&mut self, words: impl Iterator<Item = &'a str>) -> Vec<u32> {
        words
            .map(|w| match self.0.get(w) {
                Some(&id) => id,
                None => {
                    let id = self.0.len() as u32;
                    self.0.insert(w.to_string(), id);
                    id
                }
            })
            .collect()
    }
}

/// [`compare`] given each unit's words and their numbers from one [`Interner`].
pub fn compare_ids(a: (&[Word], &[u32]), b: (&[Word], &[u32]), end_a: usize, end_b: usize) -> WordDiff {
    let ((wa, ia), (wb, ib)) = (a, b);
    let range = |ws: &[Word], r: std::ops::Range<usize>, fallback: usize| -> SpanOut {
        if r.is_empty() {
            let at = ws.get(r.start).map_or(fallback, |w| w.0.start);
            SpanOut { start: at, end: at }
        } else {
            SpanOut { start: ws[r.start].0.start, end: ws[r.end - 1].0.end }
        }
    };
    let mut out = WordDiff::default();
    for (tag, ra, rb) in id_pieces(ia, ib) {
        if tag == DiffTag::Equal && ra.len() >= VERBATIM_WORDS {
            out.verbatim.push((range(wa, ra.clone(), end_a), range(wb, rb.clone(), end_b)));
        }
        out.ops.push(DiffOp { tag, a: range(wa, ra, end_a), b: range(wb, rb, end_b), change: None });
    }
    out
}

/// How long one comparison may take before `similar` settles for a quicker, coarser answer.
/// Sentences of a few dozen words take microseconds; the deadline only bounds text that was
/// not split into sentences (a page pasted as one line), where a coarser diff is fine. The
/// clock is `similar`'s, which reads the browser's clock on wasm32 (its `wasm32_web_time`
/// feature): a diff is the one place where the engine's result may depend on the machine's
/// speed, and only for such pathological units.
pub const DIFF_TIMEOUT: Duration = Duration::from_millis(100);

/// Two word sequences of at most this many words are compared without a deadline: Myers'
/// search over them takes at most (N + M)·D ≤ 2,000 × 1,000 steps, a few milliseconds at
/// worst, and a news sentence has a few dozen words.
const NO_DEADLINE_WORDS: usize = 1_000;

/// The pieces of the comparison of two word sequences, in order: runs of equal words, and
/// between them one deletion, insertion or replacement.
///
/// The words are aligned by `similar`'s Patience diff: it anchors on the words that occur
/// once on each side, so that text moved within a sentence ("on Thursday, officials said …"
/// against "officials said on Thursday …") is shown as moved rather than matched on its
/// function words; the runs between the anchors are aligned by Myers' algorithm. Adjacent
/// removals and additions become one replacement ("said" → "claimed"). The algorithm is
/// called directly (`similar::algorithms::patience`) rather than through `TextDiff`, whose
/// builder compiles every algorithm it can choose at run time into the web build.
pub fn pieces(a: &[&str], b: &[&str]) -> Vec<(DiffTag, Range<usize>, Range<usize>)> {
    let mut ids = Interner::default();
    id_pieces(&ids.ids(a.iter().copied()), &ids.ids(b.iter().copied()))
}

/// [`pieces`] of two sequences of word numbers.
fn id_pieces(na: &[u32], nb: &[u32]) -> Vec<(DiffTag, Range<usize>, Range<usize>)> {
    // The browser's clock on wasm32 (`wasm32_web_time`), which does not panic there. Sentences
    // of ordinary length need no deadline: reading the clock at every step of the search cost
    // more than the search (a sixth of the time of the diffs of a large bundle).
    #[allow(clippy::disallowed_methods)]
    let deadline = if na.len().max(nb.len()) > NO_DEADLINE_WORDS {
        similar::Instant::now().checked_add(DIFF_TIMEOUT)
    } else {
        None
    };
    let mut hook = Pieces::default();
    let Ok(()) =
        similar::algorithms::patience::diff_deadline_raw(&mut hook, na, 0..na.len(), nb, 0..nb.len(), deadline);
    hook.out
}

/// Collects `similar`'s edits as pieces: equal runs joined, changes between them joined into
/// one deletion, insertion or replacement.
#[derive(Default)]
struct Pieces {
    out: Vec<(DiffTag, Range<usize>, Range<usize>)>,
    change: Option<(Range<usize>, Range<usize>)>,
}

impl Pieces {
    fn close(&mut self) {
        if let Some((ra, rb)) = self.change.take() {
            let tag = match (ra.is_empty(), rb.is_empty()) {
                (false, true) => DiffTag::Delete,
                (true, false) => DiffTag::Insert,
                _ => DiffTag::Replace,
            };
            self.out.push((tag, ra, rb));
        }
    }

    fn changed(&mut self, ra: Range<usize>, rb: Range<usize>) {
        self.change = Some(match self.change.take() {
            // A replacement comes as a deletion, then an insertion at the deletion's start.
            Some((ca, cb)) => (ca.start.min(ra.start)..ca.end.max(ra.end), cb.start.min(rb.start)..cb.end.max(rb.end)),
            None => (ra, rb),
        });
    }
}

impl similar::algorithms::DiffHook for Pieces {
    type Error = std::convert::Infallible;

    fn equal(&mut self, old: usize, new: usize, len: usize) -> Result<(), Self::Error> {
        if len == 0 {
            return Ok(());
        }
        self.close();
        match self.out.last_mut() {
            Some((DiffTag::Equal, ra, rb)) if ra.end == old && rb.end == new => {
                ra.end += len;
                rb.end += len;
            }
            _ => self.out.push((DiffTag::Equal, old..old + len, new..new + len)),
        }
        Ok(())
    }

    fn delete(&mut self, old: usize, len: usize, new: usize) -> Result<(), Self::Error> {
        if len > 0 {
            self.changed(old..old + len, new..new);
        }
        Ok(())
    }

    fn insert(&mut self, old: usize, new: usize, len: usize) -> Result<(), Self::Error> {
        if len > 0 {
            self.changed(old..old, new..new + len);
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), Self::Error> {
        self.close();
        Ok(())
    }
}

/// A word-level diff of two units: the pieces in order, as byte ranges in each side.
///
/// Each range runs from the first to the last word of the piece on that side; an empty range
/// (at the position where the words would go) stands for "nothing on this side".
pub fn diff(a: Side, b: Side) -> Vec<DiffOp> {
    compare(&side_words(a), &side_words(b), a.span.end, b.span.end).ops
}

/// The words of a unit read on its own.
fn side_words(side: Side) -> Vec<Word> {
    words(&tokenize(side.text, side.span))
}

/// Runs of at least [`VERBATIM_WORDS`] words that two units share in the same order, as
/// `(span in a, span in b)`.
pub fn verbatim_runs(a: Side, b: Side) -> Vec<(SpanOut, SpanOut)> {
    compare(&side_words(a), &side_words(b), a.span.end, b.span.end).verbatim
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

    /// The length of a longest common subsequence, by the textbook table.
    fn lcs(a: &[&str], b: &[&str]) -> usize {
        let mut t = vec![vec![0; b.len() + 1]; a.len() + 1];
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                t[i][j] = if a[i - 1] == b[j - 1] { t[i - 1][j - 1] + 1 } else { t[i - 1][j].max(t[i][j - 1]) };
            }
        }
        t[a.len()][b.len()]
    }

    #[test]
    fn pieces_cover_both_sides_in_order_and_alternate() {
        let vocab = ["the", "mayor", "said", "claimed", "ferry", "night", "vote", "a", "of", "council"];
        let mut x: u64 = 7;
        let mut next = |n: u64| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((x >> 33) % n) as usize
        };
        for _ in 0..600 {
            let a: Vec<&str> = (0..next(14)).map(|_| vocab[next(10)]).collect();
            let mut b: Vec<&str> = a.clone();
            for _ in 0..next(6) {
                match next(3) {
                    0 if !b.is_empty() => {
                        let at = next(b.len() as u64);
                        b.remove(at);
                    }
                    1 => b.insert(next(b.len() as u64 + 1), vocab[next(10)]),
                    _ if !b.is_empty() => {
                        let at = next(b.len() as u64);
                        b[at] = vocab[next(10)];
                    }
                    _ => {}
                }
            }
            let ps = pieces(&a, &b);
            let (mut i, mut j, mut kept) = (0, 0, 0);
            for (tag, ra, rb) in &ps {
                assert_eq!((ra.start, rb.start), (i, j), "{a:?} {b:?}: pieces in order");
                match tag {
                    DiffTag::Equal => {
                        assert_eq!(a[ra.clone()], b[rb.clone()]);
                        kept += ra.len();
                    }
                    DiffTag::Delete => assert!(!ra.is_empty() && rb.is_empty()),
                    DiffTag::Insert => assert!(ra.is_empty() && !rb.is_empty()),
                    DiffTag::Replace => assert!(!ra.is_empty() && !rb.is_empty()),
                }
                (i, j) = (ra.end, rb.end);
            }
            assert_eq!((i, j), (a.len(), b.len()), "{a:?} {b:?}: both sides covered");
            // Patience anchors on unique words, so it may keep fewer than the most possible.
            assert!(kept <= lcs(&a, &b), "{a:?} {b:?}: never more than a common subsequence");
            if a == b {
                assert_eq!(kept, a.len(), "{a:?}: the same words are all kept");
            }
            assert!(
                ps.windows(2).all(|w| (w[0].0 == DiffTag::Equal) != (w[1].0 == DiffTag::Equal)),
                "pieces alternate"
            );
        }
    }

    #[test]
    fn patience_anchors_on_words_that_occur_once() {
        // "ferry", "timetable" and "help" occur once on each side and in the same order: they
        // are kept, and "chief", which the headline moved in front, is shown removed and added.
        let a: Vec<&str> =
            "petra lindqvist chief executive of harbour lines said that the new ferry timetable would help"
                .split(' ')
                .collect();
        let b: Vec<&str> = "ferry chief claims timetable will help".split(' ').collect();
        let shown: Vec<(DiffTag, String, String)> =
            pieces(&a, &b).into_iter().map(|(t, ra, rb)| (t, a[ra].join(" "), b[rb].join(" "))).collect();
        use DiffTag::{Delete, Equal, Insert, Replace};
        let expect = [
            (Delete, "petra lindqvist chief executive of harbour lines said that the new", ""),
            (Equal, "ferry", "ferry"),
            (Insert, "", "chief claims"),
            (Equal, "timetable", "timetable"),
            (Replace, "would", "will"),
            (Equal, "help", "help"),
        ];
        let expect: Vec<(DiffTag, String, String)> =
            expect.iter().map(|(t, x, y)| (*t, x.to_string(), y.to_string())).collect();
        assert_eq!(shown, expect);
    }

    #[test]
    fn very_long_units_become_one_replacement_between_shared_ends() {
        let a: Vec<String> = (0..800).map(|k| format!("w{k}")).collect();
        let b: Vec<String> = (0..800).map(|k| format!("v{k}")).collect();
        let mut a: Vec<&str> = a.iter().map(String::as_str).collect();
        let mut b: Vec<&str> = b.iter().map(String::as_str).collect();
        a.insert(0, "start");
        b.insert(0, "start");
        a.push("end");
        b.push("end");
        let tags: Vec<DiffTag> = pieces(&a, &b).into_iter().map(|p| p.0).collect();
        assert_eq!(tags, [DiffTag::Equal, DiffTag::Replace, DiffTag::Equal]);
        assert!(pieces(&[], &[]).is_empty());
        assert_eq!(pieces(&["a"], &[]).len(), 1);
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
