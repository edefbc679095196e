//! Numbers that differ: two articles that report one claim with different figures for the
//! same thing ("more than 240 parties" / "some 200 parties"), or one that reports the claim
//! without any figure for it. The quantities themselves — value or interval, what they
//! measure, what they count — come from the reading ([`crate::engine::reading::quantity`]).

use super::verbs::locate;
use super::{Signals, View, excerpt};
pub use crate::engine::reading::quantity::{Measure, Quantity};
use crate::engine::reading::quantity::{ROUNDING, disagree, same_thing};
use crate::engine::report::{Claim, Highlight, Kind, Link};
use crate::util::fasthash::HashMap as FastMap;
use crate::util::sorted::SortedSet;
use crate::util::sorting;

/// The quantities of an article, unit by unit.
pub fn find(v: &View) -> Vec<Quantity> {
    v.units.iter().flat_map(|u| u.quantities.iter().cloned()).collect()
}

/// How two quantities of the same thing compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Difference {
    /// Their intervals do not meet.
    Different,
    /// Both state a figure as precise as the other, and the figures differ, though a bound lets
    /// them agree ("up to 1.6 million" / "1.5 million"): different estimates, not one figure
    /// given less precisely ("more than 200" / "240" is that).
    Apart,
    /// One is vague ("hundreds") where the other is exact, and they may agree.
    Vaguer,
    /// The same figure (modifiers and rounding aside).
    Same,
}

/// Compares two quantities that count the same thing: different when their intervals do not
/// meet; apart when they meet but the two figures stated, each as precise as the other,
/// differ; vaguer when one is less precise (a vague word or a rounder bound where the other
/// gives a figure: "dozens" / "31", "more than 200" / "240").
pub fn difference(a: &Quantity, b: &Quantity) -> Difference {
    if disagree(a, b) {
        return Difference::Different;
    }
    match (a.value, b.value) {
        // Two stated figures a hedge apart ("1.5 million" / "as many as 1.5 million") are the
        // same figure.
        (Some(x), Some(y)) if (x - y).abs() <= ROUNDING * x.abs().max(y.abs()) => Difference::Same,
        // "up to 1.6 million" / "1.5 million": figures as precise as each other, apart.
        // "more than $1 million" / "$1.1 million": the rounder one says less, not otherwise.
        (Some(x), Some(y)) if significant_digits(x) == significant_digits(y) => Difference::Apart,
        (Some(_), Some(_)) => Difference::Vaguer,
        (None, None) if a.range == b.range => Difference::Same,
        _ => Difference::Vaguer,
    }
}

/// The significant digits of a figure (1,500,000 and 1.5 have two; 100 has one).
fn significant_digits(x: f64) -> usize {
    // In millionths, so that six decimals count; trailing zeros are no digits of precision.
    let mut m = (x.abs() * 1e6).round() as u64;
    if m == 0 {
        return 1;
    }
    while m.is_multiple_of(10) {
        m /= 10;
    }
    m.ilog10() as usize + 1
}

/// True when `a` and `b` stand for the same thing: they count the same thing, or — for a
/// percentage or an amount of money that names nothing it counts ("turnout was 64 percent",
/// "the fund is worth $3.5 million") — each is the only one of its measure in two sentences
/// the alignment links.
fn comparable(sig: &Signals, ka: usize, a: &Quantity, kb: usize, b: &Quantity) -> bool {
    if same_thing(a, b) {
        return true;
    }
    let bare = |q: &Quantity| {
        q.counted.is_none() && q.topic.is_none() && matches!(q.measure, Measure::Percent | Measure::Money)
    };
    let alone = |k: usize, q: &Quantity| {
        sig.numbers[k].iter().filter(|x| x.unit == q.unit && x.measure == q.measure).count() == 1
    };
    bare(a) && bare(b) && a.measure == b.measure && alone(ka, a) && alone(kb, b)
}

/// A quantity reported differently across articles: the anchor and, per other article, its
/// best match (or `None` when the article reports the claim without any number).
#[derive(Clone, Debug)]
pub struct Mismatch {
    /// (article, quantity index) of the anchor.
    pub anchor: (usize, usize),
    /// (article, quantity index or none, difference to the anchor).
    pub others: Vec<(usize, Option<usize>, Difference)>,
}

/// Link scores between units of different articles, keyed by ((article, unit), (article, unit)),
/// both ways round.
pub type LinkMap = FastMap<((usize, usize), (usize, usize)), f64>;

/// Builds the [`LinkMap`] of the report's links.
pub fn link_map(views: &[View], links: &[Link]) -> LinkMap {
    let mut m = FastMap::default();
    for l in links {
        if let (Some(a), Some(b)) = (locate(views, &l.a), locate(views, &l.b)) {
            m.insert((a, b), l.score);
            m.insert((b, a), l.score);
        }
    }
    m
}

/// The quantities that the articles report differently inside one claim, strongest
/// disagreement first. Two figures are compared only when they count the same thing and stand
/// in sentences of one claim that the alignment links directly; an article "gives no number"
/// only when it reports the claim and has no figure for that thing anywhere in the article.
pub fn mismatches(views: &[View], sig: &Signals, claims: &[Claim]) -> Vec<Mismatch> {
    let lm = &sig.links;
    let mut out: Vec<Mismatch> = Vec::new();
    for c in claims {
        let units: Vec<(usize, usize)> = c.members.iter().filter_map(|m| locate(views, &m.unit())).collect();
        let articles: SortedSet<usize> = units.iter().map(|&(k, _)| k).collect();
        if articles.len() < 2 {
            continue;
        }
        for &(ka, ua) in &units {
            for (qa, a) in sig.numbers[ka].iter().enumerate().filter(|(_, q)| q.unit == ua && !q.quoted) {
                let mut others = Vec::new();
                for &kb in articles.iter().filter(|&&kb| kb != ka) {
                    let best = units
                        .iter()
                        .filter_map(|&(k, ub)| {
                            let score = lm.get(&((ka, ua), (kb, ub))).copied().filter(|_| k == kb)?;
                            Some((ub, score))
                        })
                        .flat_map(|(ub, score)| {
                            sig.numbers[kb]
                                .iter()
                                .enumerate()
                                .filter(move |(_, q)| q.unit == ub && !q.quoted)
                                .map(move |(i, q)| (i, q, score))
                        })
                        .filter(|(_, b, _)| comparable(sig, ka, a, kb, b))
                        .map(|(i, b, score)| (i, difference(a, b), score))
                        // The closest figure (the same one if there is one), in the sentence
                        // the alignment links most strongly.
                        .min_by(|x, y| {
                            let rank = |d: Difference| match d {
                                Difference::Same => 0,
                                Difference::Vaguer => 1,
                                Difference::Apart => 2,
                                Difference::Different => 3,
                            };
                            rank(x.1).cmp(&rank(y.1)).then(y.2.total_cmp(&x.2)).then(x.0.cmp(&y.0))
                        });
                    match best {
                        // The other article's figure is the same as another figure of this
                        // sentence ("messages from over 300 parties …, and about 400 parties
                        // signed" against "over 300 parties"): the two count different things
                        // of one sentence, and the figure that matches is the one reported.
                        Some((i, d, _))
                            if d != Difference::Same
                                && sig.numbers[ka].iter().any(|q| {
                                    let b = &sig.numbers[kb][i];
                                    q.unit == ua
                                        && !q.quoted
                                        && comparable(sig, kb, b, ka, q)
                                        && difference(b, q) == Difference::Same
                                }) => {}
                        Some((i, d, _)) => others.push((kb, Some(i), d)),
                        None => {
                            let any_figure = sig.numbers[kb].iter().any(|q| same_thing(a, q));
                            let linked = units.iter().any(|&(k, ub)| k == kb && lm.contains_key(&((ka, ua), (kb, ub))));
                            if !any_figure && linked {
                                others.push((kb, None, Difference::Different));
                            }
                        }
                    }
                }
                let differs = others.iter().any(|o| o.1.is_some() && o.2 != Difference::Same);
                if differs {
                    out.push(Mismatch { anchor: (ka, qa), others });
                }
            }
        }
    }
    out.extend(topic_mismatches(sig));
    // One mismatch per group of quantities: the one with the most articles is kept, and any
    // other that shares a quantity with it is dropped.
    let members = |m: &Mismatch| -> Vec<(usize, usize)> {
        let mut v: Vec<(usize, usize)> = m.others.iter().filter_map(|o| o.1.map(|i| (o.0, i))).collect();
        v.push(m.anchor);
        sorting::sort(&mut v);
        v
    };
    let in_title = |m: &Mismatch| views[m.anchor.0].units[sig.numbers[m.anchor.0][m.anchor.1].unit].is_title();
    // Of the mismatches of one group, the one kept is anchored on the most precise figure, so
    // that the others, not it, are the vaguer ones ("41 percent" anchors "about 40 percent").
    let width = |m: &Mismatch| {
        let q = &sig.numbers[m.anchor.0][m.anchor.1];
        q.range.1 - q.range.0
    };
    sorting::sort_by(&mut out, |x, y| {
        let sx = members(x).len() + x.others.len();
        let sy = members(y).len() + y.others.len();
        sy.cmp(&sx)
            .then(in_title(x).cmp(&in_title(y)))
            .then(width(x).total_cmp(&width(y)))
            .then(x.anchor.cmp(&y.anchor))
    });
    let mut kept: Vec<Mismatch> = Vec::new();
    let mut used: SortedSet<(usize, usize)> = SortedSet::new();
    for m in out {
        let mm = members(&m);
        if mm.iter().any(|x| used.contains(x)) {
            continue;
        }
        used.extend(mm);
        kept.push(m);
    }
    kept
}

/// The counts of one event that the coverage reports — the crowd, the arrests, the dead —
/// compared article against article wherever they stand, when each article gives one figure
/// for them: an article whose own figures for the topic disagree, or count different groups,
/// may be counting different things and is left out. Only figures whose intervals do not meet
/// are reported here; a vaguer wording alone is left to the claims.
fn topic_mismatches(sig: &Signals) -> Vec<Mismatch> {
    let mut topics: Vec<&str> = sig.numbers.iter().flatten().filter_map(|q| q.topic).collect();
    sorting::sort(&mut topics);
    topics.dedup();
    let width = |q: &Quantity| q.range.1 - q.range.0;
    let mut out = Vec::new();
    for t in topics {
        let figures: Vec<(usize, usize)> = sig
            .numbers
            .iter()
            .enumerate()
            .filter_map(|(k, qs)| {
                let of: Vec<(usize, &Quantity)> = qs
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| q.topic == Some(t) && !q.quoted && !q.part_of_whole && q.measure == Measure::Count)
                    .collect();
                let &(_, first) = of.first()?;
                if of.iter().any(|(_, q)| !same_thing(first, q) || disagree(first, q)) {
                    return None;
                }
                of.iter().min_by(|x, y| width(x.1).total_cmp(&width(y.1))).map(|x| (k, x.0))
            })
            .collect();
        for &(ka, qa) in &figures {
            let a = &sig.numbers[ka][qa];
            let others: Vec<(usize, Option<usize>, Difference)> = figures
                .iter()
                .filter(|&&(kb, qb)| kb != ka && same_thing(a, &sig.numbers[kb][qb]))
                .map(|&(kb, qb)| (kb, Some(qb), difference(a, &sig.numbers[kb][qb])))
                .collect();
            if others.iter().any(|o| o.2 == Difference::Different) {
                out.push(Mismatch { anchor: (ka, qa), others });
            }
        }
    }
    out
}

/// Number highlights: every quantity that another article reports differently.
pub fn highlights(views: &[View], sig: &Signals, claims: &[Claim]) -> Vec<Highlight> {
    let mut out = Vec::new();
    for m in mismatches(views, sig, claims) {
        let (ka, qa) = m.anchor;
        let a = &sig.numbers[ka][qa];
        let mut parts = Vec::new();
        for &(kb, qb, d) in &m.others {
            match qb {
                Some(i) if d != Difference::Same => {
                    let b = &sig.numbers[kb][i];
                    parts.push(format!("{} says “{}”", views[kb].name, excerpt(&b.text, 40)));
                    let note = format!(
                        "{} says “{}” where this article says “{}”.",
                        views[ka].name,
                        excerpt(&a.text, 40),
                        excerpt(&b.text, 40)
                    );
                    out.push(views[kb].highlight(b.unit, b.span, Kind::Number, Some(class(d).into()), note));
                }
                None => parts.push(format!("{} gives no number", views[kb].name)),
                _ => {}
            }
        }
        if !parts.is_empty() {
            let note = format!("Other articles differ on this figure: {}.", super::join_names(&parts));
            out.push(views[ka].highlight(a.unit, a.span, Kind::Number, Some("different".into()), note));
        }
    }
    out
}

/// The highlight class of a difference.
pub fn class(d: Difference) -> &'static str {
    match d {
        Difference::Different | Difference::Apart => "different",
        Difference::Vaguer => "vaguer",
        Difference::Same => "same",
    }
}
