//! Word-level diffs between two units, and runs of words shared verbatim (wire copy).
//!
//! Words are compared by their normal form (case, curly quotes and NFC do not count as
//! changes); punctuation is ignored. Two word sequences are aligned by a dynamic programme
//! that keeps as many words as possible (a shortest edit script) and, among those alignments,
//! shows changes as replacements where it can ("said" → "claimed" rather than "said" removed
//! in one place and "claimed" added in another), then as few changes as possible. Written
//! here rather than taken from a general diff library: the web build downloads about 15 KB
//! less, and sentences need nothing more.

use super::report::{DiffOp, DiffTag, SpanOut};
use super::text::{Span, TokenKind, tokenize};

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
    let range = |ws: &[Word], r: std::ops::Range<usize>, fallback: usize| -> SpanOut {
        if r.is_empty() {
            let at = ws.get(r.start).map_or(fallback, |w| w.0.start);
            SpanOut { start: at, end: at }
        } else {
            SpanOut { start: ws[r.start].0.start, end: ws[r.end - 1].0.end }
        }
    };
    let mut out = WordDiff::default();
    for (tag, ra, rb) in pieces(&ka, &kb) {
        if tag == DiffTag::Equal && ra.len() >= VERBATIM_WORDS {
            out.verbatim.push((range(wa, ra.clone(), end_a), range(wb, rb.clone(), end_b)));
        }
        out.ops.push(DiffOp { tag, a: range(wa, ra, end_a), b: range(wb, rb, end_b), change: None });
    }
    out
}

/// The longest middle part (after the common beginning and end) aligned word by word, as
/// the product of its lengths on the two sides. Units are sentences, rarely over 100 words;
/// the bound only limits the work and memory (a byte per cell and state) for text that was
/// not split into sentences, whose middle then becomes one replacement.
pub const MAX_CELLS: usize = 400_000;

/// The pieces of the comparison of two word sequences, in order: runs of equal words, and
/// between them one deletion, insertion or replacement.
pub fn pieces(a: &[&str], b: &[&str]) -> Vec<(DiffTag, std::ops::Range<usize>, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    let mut push = |ra: std::ops::Range<usize>, rb: std::ops::Range<usize>, equal: bool| {
        let tag = match (equal, ra.is_empty(), rb.is_empty()) {
            (true, _, _) => DiffTag::Equal,
            (false, false, true) => DiffTag::Delete,
            (false, true, false) => DiffTag::Insert,
            _ => DiffTag::Replace,
        };
        out.push((tag, ra, rb));
    };
    let mut run: Option<(usize, usize, usize)> = None;
    for (x, y) in matches(a, b) {
        if let Some((sx, sy, n)) = run {
            if sx + n == x && sy + n == y {
                run = Some((sx, sy, n + 1));
                continue;
            }
            push(sx..sx + n, sy..sy + n, true);
            (i, j) = (sx + n, sy + n);
        }
        if x > i || y > j {
            push(i..x, j..y, false);
        }
        run = Some((x, y, 1));
    }
    if let Some((sx, sy, n)) = run {
        push(sx..sx + n, sy..sy + n, true);
        (i, j) = (sx + n, sy + n);
    }
    if i < a.len() || j < b.len() {
        push(i..a.len(), j..b.len(), false);
    }
    out
}

/// The pairs of positions `(in a, in b)` of the words the two sequences share, in order.
fn matches(a: &[&str], b: &[&str]) -> Vec<(usize, usize)> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let mut out: Vec<(usize, usize)> = (0..prefix).map(|k| (k, k)).collect();
    let (ma, mb) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    out.extend(middle(ma, mb).into_iter().map(|(x, y)| (x + prefix, y + prefix)));
    out.extend((0..suffix).map(|k| (a.len() - suffix + k, b.len() - suffix + k)));
    out
}

// The states of the alignment in `middle`: after a shared word, or inside a change that so
// far removed words of `a` only, added words of `b` only, or both.
const SHARED: usize = 0;
const REMOVED: usize = 1;
const ADDED: usize = 2;
const BOTH: usize = 3;

// Costs, compared as one number: first the edits (every removed or added word), then the
// changes that only remove or only add, then the number of changes.
const EDIT: u64 = 1 << 32;
const ONE_SIDED: u64 = 1 << 16;
const CHANGE: u64 = 1;
/// No way to get here; far enough from `u64::MAX` that adding costs never overflows.
const NONE: u64 = u64::MAX / 4;

/// The shared words of the best alignment of `a` and `b`: among the shortest edit scripts
/// (the most words kept), the one whose changes are replacements where possible ("said" →
/// "claimed" rather than "said" removed here and "claimed" added there), then the one with the
/// fewest changes. A dynamic programme over the four states above.
fn middle(a: &[&str], b: &[&str]) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    if n == 0 || m == 0 || (n + 1) * (m + 1) > MAX_CELLS {
        return Vec::new();
    }
    let w = m + 1;
    // The words as numbers, so that the table compares numbers rather than strings.
    let mut ids: crate::engine::fasthash::HashMap<&str, u32> = Default::default();
    let (mut ia, mut ib) = (Vec::with_capacity(n), Vec::with_capacity(m));
    for (words, out) in [(a, &mut ia), (b, &mut ib)] {
        for &word in words {
            let next = ids.len() as u32;
            out.push(*ids.entry(word).or_insert(next));
        }
    }
    // The best cost of every state in the previous and the current row, and for every cell
    // and state the state it came from (bits 0–1) and, for BOTH, whether from the left (bit 2).
    // Ties keep the earlier state, as a loop over the states in order would.
    let mut prev = vec![[NONE; 4]; w];
    let mut cur = vec![[NONE; 4]; w];
    let mut from = vec![[0u8; 4]; (n + 1) * w];
    for i in 0..=n {
        for j in 0..=m {
            let cell = &mut from[i * w + j];
            let mut c = [NONE; 4];
            if i == 0 && j == 0 {
                c[SHARED] = 0;
            }
            if i > 0 && j > 0 && ia[i - 1] == ib[j - 1] {
                let d = &prev[j - 1];
                let mut best = (d[SHARED], SHARED as u8);
                for (v, s) in [(d[REMOVED] + ONE_SIDED, REMOVED), (d[ADDED] + ONE_SIDED, ADDED), (d[BOTH], BOTH)] {
                    if v < best.0 {
                        best = (v, s as u8);
                    }
                }
                (c[SHARED], cell[SHARED]) = best;
            }
            if i > 0 {
                let up = &prev[j];
                let (open, go_on) = (up[SHARED] + EDIT + CHANGE, up[REMOVED] + EDIT);
                (c[REMOVED], cell[REMOVED]) = if go_on < open { (go_on, REMOVED as u8) } else { (open, SHARED as u8) };
                let (after_added, go_on) = (up[ADDED] + EDIT, up[BOTH] + EDIT);
                (c[BOTH], cell[BOTH]) =
                    if go_on < after_added { (go_on, BOTH as u8) } else { (after_added, ADDED as u8) };
            }
            if j > 0 {
                let left = &cur[j - 1];
                let (open, go_on) = (left[SHARED] + EDIT + CHANGE, left[ADDED] + EDIT);
                (c[ADDED], cell[ADDED]) = if go_on < open { (go_on, ADDED as u8) } else { (open, SHARED as u8) };
                let (after_removed, go_on) = (left[REMOVED] + EDIT, left[BOTH] + EDIT);
                let (v, s) = if go_on < after_removed { (go_on, BOTH as u8) } else { (after_removed, REMOVED as u8) };
                if v < c[BOTH] {
                    (c[BOTH], cell[BOTH]) = (v, s | 4);
                }
            }
            cur[j] = c;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    // Trace the best alignment back from the end (closing a one-sided change there too).
    let end = &prev[m];
    let mut s = SHARED as u8;
    let mut least = end[SHARED];
    for (v, state) in [(end[REMOVED] + ONE_SIDED, REMOVED), (end[ADDED] + ONE_SIDED, ADDED), (end[BOTH], BOTH)] {
        if v < least {
            (least, s) = (v, state as u8);
        }
    }
    let (mut i, mut j) = (n, m);
    let mut out = Vec::new();
    while i > 0 || j > 0 {
        let back = from[i * w + j][usize::from(s)];
        match usize::from(s) {
            SHARED => {
                i -= 1;
                j -= 1;
                out.push((i, j));
            }
            REMOVED => i -= 1,
            ADDED => j -= 1,
            _ if back & 4 != 0 => j -= 1,
            _ => i -= 1,
        }
        s = back & 3;
    }
    out.reverse();
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
    fn pieces_cover_both_sides_and_keep_the_most_words() {
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
            assert_eq!(kept, lcs(&a, &b), "{a:?} {b:?}: as many words kept as possible");
            assert!(
                ps.windows(2).all(|w| (w[0].0 == DiffTag::Equal) != (w[1].0 == DiffTag::Equal)),
                "pieces alternate"
            );
        }
    }

    #[test]
    fn changes_pair_up_as_replacements() {
        // Keeping "chief" and "timetable" leaves three replacements; keeping "ferry" and
        // "timetable" would remove words here and add others there.
        let a: Vec<&str> =
            "petra lindqvist chief executive of harbour lines said that the new ferry timetable would help"
                .split(' ')
                .collect();
        let b: Vec<&str> = "ferry chief claims timetable will help".split(' ').collect();
        let tags: Vec<DiffTag> = pieces(&a, &b).into_iter().map(|p| p.0).collect();
        use DiffTag::{Equal, Replace};
        assert_eq!(tags, [Replace, Equal, Replace, Equal, Replace, Equal]);
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
