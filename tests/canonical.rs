//! A report written out so that it no longer shows the order of the bundle's articles: one
//! line per thing the report holds, each naming its articles by id, the lines sorted. Two
//! analyses of the same articles in different orders must give the same lines.
//!
//! What may follow the bundle's order, and is therefore put in a fixed order here: the list of
//! articles and of their signals (columns), the members of a claim (a matrix row), which side
//! of a word diff is left, the order of a finding's evidence, and the ids numbering claims and
//! referents. Everything else is compared as it is, the ranking of the findings included, and
//! so are the texts of findings and notes, which name the articles they compare.
//!
//! Shared by `tests/engine.rs` (the samples) and `tests/shared_data.rs` (the real bundles).

use parallax::engine::Bundle;
use parallax::engine::report::{Diff, DiffOp, DiffTag, Report, UnitRef};
use parallax::util::sorting::sort;

/// A unit as `article:sentence` (`article:title` for the headline).
fn unit(u: &UnitRef) -> String {
    match u.sentence {
        Some(s) if !u.title => format!("{}:{s}", u.article),
        _ => format!("{}:title", u.article),
    }
}

/// A diff with its sides in a fixed order: the unit that sorts first on the left. A diff read
/// the other way round has its deletions and insertions exchanged.
fn diff(d: &Diff) -> String {
    let swap = d.b < d.a;
    let op = |o: &DiffOp| {
        let (tag, a, b) = match (swap, o.tag) {
            (false, t) => (t, o.a, o.b),
            (true, DiffTag::Delete) => (DiffTag::Insert, o.b, o.a),
            (true, DiffTag::Insert) => (DiffTag::Delete, o.b, o.a),
            (true, t) => (t, o.b, o.a),
        };
        format!("{tag:?} {}-{}/{}-{} {:?}", a.start, a.end, b.start, b.end, o.change)
    };
    let (a, b) = if swap { (&d.b, &d.a) } else { (&d.a, &d.b) };
    let ops: Vec<String> = d.ops.iter().map(op).collect();
    format!("{} | {}: {}", unit(a), unit(b), ops.join("; "))
}

/// `items` sorted and joined.
fn sorted(mut items: Vec<String>) -> String {
    sort(&mut items);
    items.join(", ")
}

/// The report as sorted lines that do not depend on the order of the bundle's articles.
pub fn canonical(r: &Report) -> Vec<String> {
    let mut lines = Vec::new();
    for a in &r.articles {
        lines.push(format!(
            "article {}: sentences {:?} paragraphs {:?} title {:?} dateline {:?}",
            a.id, a.sentences, a.paragraphs, a.title, a.dateline
        ));
    }
    for l in &r.links {
        let (a, b) = if l.b < l.a { (&l.b, &l.a) } else { (&l.a, &l.b) };
        lines.push(format!("link {} = {} score {:?} manual {}", unit(a), unit(b), l.score, l.manual));
    }
    for c in &r.claims {
        let members = sorted(
            c.members.iter().map(|m| format!("{} {:?} paragraph {}", unit(&m.unit()), m.place, m.paragraph)).collect(),
        );
        lines.push(format!(
            "claim [{members}] articles [{}] missing [{}]",
            sorted(c.articles.clone()),
            sorted(c.missing.clone())
        ));
        for d in &c.diffs {
            lines.push(format!("claim [{members}] diff {}", diff(d)));
        }
    }
    for h in &r.highlights {
        lines.push(format!(
            "highlight {} {}{}-{} {:?} {:?}: {}",
            h.article,
            if h.title { "title " } else { "" },
            h.start,
            h.end,
            h.kind,
            h.class,
            h.note
        ));
    }
    for (rank, f) in r.findings.iter().enumerate() {
        let evidence = sorted(
            f.evidence
                .iter()
                .map(|e| {
                    let span = e.span.map(|s| format!(" {}-{}", s.start, s.end)).unwrap_or_default();
                    format!("{}:{:?}{}{span}", e.article, e.sentence, if e.title { " title" } else { "" })
                })
                .collect(),
        );
        lines.push(format!("finding {rank:02} {} {:?}: {} [{evidence}]", f.signal.name(), f.weight, f.text));
    }
    for s in &r.signals {
        lines.push(format!(
            "signals {}: counts {:?} frames {:?} speakers {:?} quoted {:?} words {}",
            s.article, s.counts, s.frames, s.speakers, s.quoted_share, s.words
        ));
    }
    for rf in &r.referents {
        let labels = sorted(rf.labels.iter().map(|l| format!("{} {:?}", l.article, l.labels)).collect());
        lines.push(format!("referent {}: {labels}", rf.name));
    }
    for d in &r.diagnostics {
        lines.push(format!("diagnostic {:?}: {}", d.article, d.message));
    }
    sort(&mut lines);
    lines
}

/// The lines only one of two canonical reports has, marked `-` (only in `a`) and `+` (only in
/// `b`); empty when they are the same. Both lists are sorted, so one walk through them does.
pub fn differences(a: &[String], b: &[String]) -> String {
    let mut out = String::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x < y => {
                out.push_str(&format!("- {x}\n"));
                i += 1;
            }
            (Some(x), None) => {
                out.push_str(&format!("- {x}\n"));
                i += 1;
            }
            (_, Some(y)) => {
                out.push_str(&format!("+ {y}\n"));
                j += 1;
            }
            (None, None) => break,
        }
    }
    out
}

/// The bundle with its articles taken in the order of `order` (positions in the bundle).
pub fn permuted(bundle: &Bundle, order: &[usize]) -> Bundle {
    let mut b = bundle.clone();
    b.articles = order.iter().map(|&i| bundle.articles[i].clone()).collect();
    b
}
