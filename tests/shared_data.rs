//! Tests that read the project's evaluation data in `../shared/data` (next to the checkout,
//! not part of this repository). A binary of its own, left out of `cargo test`: run it with
//! `cargo test --test shared_data` (step "Tests on the shared evaluation data" of
//! `scripts/test.sh`, which checks that the folder is there first).
//!
//! Among them, the engine on real coverage: every bundle of `../shared/data/bundles/` goes
//! through `analyze`, and the report must hold together: offsets in range, every pair inside a
//! claim a link, every link inside a claim, the same output twice, and the same report for any
//! article order. Nothing of the data is copied into the project.

use parallax::engine::align::model::{CLAIM_FLOOR, LINK_THRESHOLD};
#[path = "canonical.rs"]
mod canonical;

use parallax::engine::bundle::{Article, Bundle, Event};
use parallax::engine::export::report_json;
use parallax::engine::report::{Kind, Report, UnitRef};
use parallax::engine::{Options, analyze};
use parallax::util::sorting;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// A file of the shared evaluation data; fails with a message saying what is missing.
fn shared_file(relative: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data").join(relative);
    assert!(
        path.exists(),
        "{} is missing: these tests need the shared evaluation data in ../shared/data next to the checkout",
        path.display()
    );
    path
}

/// The leftovers of the real messy page in the evaluation data are page furniture and take no
/// part in alignment (read at run time; the text is not copied into the project).
#[test]
fn real_page_leftovers_are_boilerplate() {
    let path = shared_file("real/cpc-global-health-2020-05-29.txt");
    let text = std::fs::read_to_string(&path).expect("the shared evaluation data is readable");
    let a = Article { id: "real".into(), text: text.clone(), ..Article::default() };
    // A second article that repeats every line, so that anything not set aside would align.
    let b = Article { id: "copy".into(), text: text.clone(), ..Article::default() };
    let bundle = Bundle::new(Event::default(), vec![a, b]);
    let report = analyze(&bundle, &Options::default());
    let boiler: Vec<(usize, usize)> = report
        .highlights
        .iter()
        .filter(|h| h.article == "real" && h.kind == Kind::Boilerplate)
        .map(|h| (h.start, h.end))
        .collect();
    let flagged = |needle: &str| {
        let at = text.find(needle).unwrap_or_else(|| panic!("{needle} is in the page"));
        boiler.iter().any(|&(s, e)| s <= at && at < e)
    };
    for needle in ["READ MORE:", "ALSO READ:", "Share this story", "Q&A time with"] {
        assert!(flagged(needle), "{needle} should be page furniture");
    }
    // The pull quote: the second copy of the paragraph that starts "In April".
    let first = text.find("In April").expect("paragraph");
    let second = first + 1 + text[first + 1..].find("In April").expect("repeat");
    assert!(boiler.iter().any(|&(s, e)| s <= second && second < e), "the repeated paragraph is furniture");
    assert!(!boiler.iter().any(|&(s, e)| s <= first && first < e), "the original paragraph is kept");
    // No furniture sentence takes part in a link.
    let furniture: Vec<usize> =
        report.articles[0].sentences.iter().enumerate().filter(|(_, s)| s.boilerplate).map(|(i, _)| i).collect();
    for l in &report.links {
        for u in [&l.a, &l.b] {
            if u.article == "real" {
                assert!(!u.sentence.is_some_and(|i| furniture.contains(&i)), "furniture sentence {u:?} is linked");
            }
        }
    }
}

/// The real bundles, in name order.
fn bundles() -> Vec<(String, Bundle)> {
    let dir = shared_file("bundles");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{} is not readable: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    sorting::sort(&mut paths);
    assert!(paths.len() >= 35, "expected the 35 real bundles in {}", dir.display());
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let json = std::fs::read_to_string(&p).expect("readable bundle");
            (name.clone(), Bundle::from_json(&json).unwrap_or_else(|e| panic!("{name}: {e:?}")))
        })
        .collect()
}

/// A pair of units as an order-free key.
fn pair(a: &UnitRef, b: &UnitRef) -> (UnitRef, UnitRef) {
    if a <= b { (a.clone(), b.clone()) } else { (b.clone(), a.clone()) }
}

/// Offsets, references and the claim structure of one report.
fn check_structure(name: &str, bundle: &Bundle, r: &Report) {
    let text_of = |id: &str, title: bool| {
        let a = bundle.articles.iter().find(|a| a.id == id).unwrap_or_else(|| panic!("{name}: unknown article {id}"));
        if title { &a.title } else { &a.text }
    };
    for art in &r.articles {
        let text = text_of(&art.id, false);
        for s in &art.sentences {
            assert!(s.start < s.end && s.end <= text.len(), "{name}: sentence {s:?} out of range");
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{name}: sentence off a boundary");
        }
    }
    for h in &r.highlights {
        let text = text_of(&h.article, h.title);
        assert!(h.start <= h.end && h.end <= text.len(), "{name}: highlight {h:?} out of range");
        assert!(text.is_char_boundary(h.start) && text.is_char_boundary(h.end), "{name}: highlight off a boundary");
    }
    let valid = |u: &UnitRef| {
        r.articles.iter().find(|a| a.id == u.article).is_some_and(|a| match u.sentence {
            Some(i) => i < a.sentences.len() && !a.sentences[i].boilerplate,
            None => u.title && !text_of(&u.article, true).trim().is_empty(),
        })
    };
    let mut links: HashSet<(UnitRef, UnitRef)> = HashSet::new();
    for l in &r.links {
        assert!(valid(&l.a) && valid(&l.b), "{name}: link {l:?} names a unit that is not compared");
        assert_ne!(l.a.article, l.b.article, "{name}: a link inside one article");
        assert!(
            l.manual || l.score >= LINK_THRESHOLD.min(CLAIM_FLOOR) - 0.0005,
            "{name}: link {l:?} below the claim floor"
        );
        links.insert(pair(&l.a, &l.b));
    }
    let mut in_claims: HashSet<(UnitRef, UnitRef)> = HashSet::new();
    let mut members: HashSet<UnitRef> = HashSet::new();
    for c in &r.claims {
        assert!(!c.members.is_empty(), "{name}: an empty claim");
        for (x, m) in c.members.iter().enumerate() {
            assert!(valid(&m.unit()), "{name}: claim {} has a unit that is not compared", c.id);
            members.insert(m.unit());
            for n in &c.members[x + 1..] {
                if m.article != n.article {
                    let p = pair(&m.unit(), &n.unit());
                    assert!(links.contains(&p), "{name}: claim {} holds {p:?}, which is not a link", c.id);
                    in_claims.insert(p);
                }
            }
        }
    }
    for l in &links {
        assert!(in_claims.contains(l), "{name}: link {l:?} lies in no claim");
    }
    for art in &r.articles {
        for (i, s) in art.sentences.iter().enumerate() {
            let u = UnitRef { article: art.id.clone(), sentence: Some(i), title: false };
            assert!(s.boilerplate || members.contains(&u), "{name}: {u:?} is in no claim");
        }
    }
}

#[test]
fn shared_data_bundles_hold_together() {
    for (name, bundle) in bundles() {
        let report = analyze(&bundle, &Options::default());
        check_structure(&name, &bundle, &report);
        assert!(!report.links.is_empty(), "{name}: articles about one event share no claim");
        let again = analyze(&bundle, &Options::default());
        assert_eq!(report_json(&report), report_json(&again), "{name}: two analyses differ");
    }
}

/// Every real bundle gives the same report with its articles reversed and rotated by one:
/// every link, claim, diff, highlight, finding (rank and text), signal, referent and
/// diagnostic (compared as `canonical.rs` writes them, by article id).
#[test]
fn every_real_bundle_gives_the_same_report_in_any_order() {
    let mut bad = Vec::new();
    for (name, bundle) in bundles() {
        let n = bundle.articles.len();
        let base = canonical::canonical(&analyze(&bundle, &Options::default()));
        let reversed: Vec<usize> = (0..n).rev().collect();
        let rotated: Vec<usize> = (0..n).map(|i| (i + 1) % n).collect();
        for order in [reversed, rotated] {
            let got = canonical::canonical(&analyze(&canonical::permuted(&bundle, &order), &Options::default()));
            let diff = canonical::differences(&base, &got);
            if !diff.is_empty() {
                bad.push(format!("{name} in the order {order:?}:\n{diff}"));
            }
        }
    }
    assert!(bad.is_empty(), "{} orders change the report:\n{}", bad.len(), bad.join("\n"));
}

/// Every string the page shows of a real event reads as whole: finding texts and highlight
/// notes pass the findings' text check (no empty list, no empty quotation, nothing cut off),
/// each finding cites some evidence, speakers and referents have a name of a few words, and
/// no referent is listed with an empty list of labels.
#[test]
fn every_string_shown_of_the_real_bundles_reads_as_whole() {
    use parallax::engine::framing::check::flaw;
    let mut bad = Vec::new();
    for (name, bundle) in bundles() {
        let r = analyze(&bundle, &Options::default());
        for f in &r.findings {
            if let Some(why) = flaw(&f.text) {
                bad.push(format!("{name} finding ({why}): {}", f.text));
            }
            if f.evidence.is_empty() {
                bad.push(format!("{name} finding without evidence: {}", f.text));
            }
        }
        for h in r.highlights.iter().filter(|h| !h.note.is_empty()) {
            if let Some(why) = flaw(&h.note) {
                bad.push(format!("{name} highlight note ({why}): {}", h.note));
            }
        }
        for s in r.signals.iter().flat_map(|s| &s.speakers) {
            let words = s.speaker.split_whitespace().count();
            // A name, or a short description of an unnamed one ("a senior official in the
            // ministry"): a long run of words is a clause taken for a speaker.
            if words == 0 || words > 10 {
                bad.push(format!("{name} speaker of {words} words: {:?}", s.speaker));
            }
        }
        for rf in &r.referents {
            if rf.name.trim().is_empty() {
                bad.push(format!("{name} referent without a name"));
            }
            if rf.labels.iter().all(|l| l.labels.is_empty()) {
                bad.push(format!("{name} referent {:?} with no labels", rf.name));
            }
        }
    }
    assert!(bad.is_empty(), "{} strings do not read as whole:\n{}", bad.len(), bad.join("\n"));
}
