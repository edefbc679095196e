//! Diff classification: every change inside a claim's word diff is named — a different
//! reporting verb, label, hedge, booster, number or loaded word, quotation against paraphrase,
//! or something else.
//!
//! The order of the checks is the order of telling: when one change swaps a quotation for a
//! paraphrase and also drops a hedge, the quotation is what the reader should see first.

use super::labels::Entity;
use super::verbs::locate;
use super::{Signals, View};
use crate::engine::report::{ChangeKind, Claim, DiffTag};
use crate::engine::text::Span;
use crate::util::fasthash::HashMap as FastMap;

/// A change counts as quotation against paraphrase when at least this share of its words is
/// quoted on one side and less than this share on the other (half: most of the words).
pub const QUOTED_SHARE: f64 = 0.5;

/// The words of a side of a change that lie inside a quotation, as a share (0–1); `None` for
/// an empty side.
fn quoted_share(v: &View, unit: usize, span: Span) -> Option<f64> {
    let u = &v.units[unit];
    let mut n = 0usize;
    let mut q = 0usize;
    for (i, t) in u.tokens.iter().enumerate() {
        if span.contains(t.span) && u.is_word(i) {
            n += 1;
            q += usize::from(u.quoted[i]);
        }
    }
    (n > 0).then(|| q as f64 / n as f64)
}

/// What one side of a change contains.
#[derive(Default)]
struct Contents {
    verb: bool,
    number: bool,
    label: bool,
    hedge: bool,
    booster: bool,
    loaded: bool,
}

fn contents(sig: &Signals, mentions: &MentionIndex, k: usize, unit: usize, span: Span) -> Contents {
    let inside = |s: Span| s.overlap(span) > 0;
    Contents {
        verb: sig.verbs[k].iter().any(|x| x.unit == unit && x.reports_speech && inside(x.span)),
        number: sig.numbers[k].iter().any(|x| x.unit == unit && inside(x.span)),
        label: mentions.get(&(k, unit)).is_some_and(|spans| spans.iter().any(|&s| inside(s))),
        hedge: sig.hedges[k].iter().any(|x| x.unit == unit && x.hedge && inside(x.span)),
        booster: sig.hedges[k].iter().any(|x| x.unit == unit && !x.hedge && inside(x.span)),
        loaded: sig.loaded[k].iter().any(|x| x.unit == unit && inside(x.span)),
    }
}

/// The spans of referent mentions, per (article, unit).
type MentionIndex = FastMap<(usize, usize), Vec<Span>>;

/// Classifies every change of every claim diff, writing `DiffOp::change`.
pub fn classify(views: &[View], sig: &Signals, entities: &[Entity], claims: &mut [Claim]) {
    let mut mentions: MentionIndex = FastMap::default();
    // The labels of referents that two or more articles name: a change there swaps a label.
    for m in super::labels::shown(entities).into_iter().flat_map(|i| &entities[i].mentions) {
        mentions.entry((m.article, m.unit)).or_default().push(m.span);
    }
    for c in claims.iter_mut() {
        for d in &mut c.diffs {
            let (Some((ka, ua)), Some((kb, ub))) = (locate(views, &d.a), locate(views, &d.b)) else {
                for op in d.ops.iter_mut().filter(|o| o.tag != DiffTag::Equal) {
                    op.change = Some(ChangeKind::Other);
                }
                continue;
            };
            for op in d.ops.iter_mut().filter(|o| o.tag != DiffTag::Equal) {
                let sa = Span::new(op.a.start, op.a.end);
                let sb = Span::new(op.b.start, op.b.end);
                op.change = Some(kind_of(views, sig, &mentions, (ka, ua, sa), (kb, ub, sb)));
            }
        }
    }
}

/// The kind of one change between side `a` and side `b` (article, unit, bytes).
fn kind_of(
    views: &[View],
    sig: &Signals,
    mentions: &MentionIndex,
    a: (usize, usize, Span),
    b: (usize, usize, Span),
) -> ChangeKind {
    let qa = if a.2.is_empty() { None } else { quoted_share(&views[a.0], a.1, a.2) };
    let qb = if b.2.is_empty() { None } else { quoted_share(&views[b.0], b.1, b.2) };
    if let (Some(x), Some(y)) = (qa, qb)
        && (x >= QUOTED_SHARE) != (y >= QUOTED_SHARE)
    {
        return ChangeKind::QuotationVsParaphrase;
    }
    let ca = if a.2.is_empty() { Contents::default() } else { contents(sig, mentions, a.0, a.1, a.2) };
    let cb = if b.2.is_empty() { Contents::default() } else { contents(sig, mentions, b.0, b.1, b.2) };
    if ca.verb || cb.verb {
        return ChangeKind::ReportingVerb;
    }
    if ca.number || cb.number {
        return ChangeKind::Number;
    }
    if ca.label && cb.label {
        return ChangeKind::Label;
    }
    if ca.hedge != cb.hedge {
        return ChangeKind::Hedge;
    }
    if ca.booster != cb.booster {
        return ChangeKind::Booster;
    }
    if ca.loaded || cb.loaded {
        return ChangeKind::Loaded;
    }
    if ca.label || cb.label {
        return ChangeKind::Label;
    }
    ChangeKind::Other
}
