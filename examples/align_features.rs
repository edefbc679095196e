//! Prints the candidate pairs of the dev gold events with their features, for fitting the link
//! model (`scripts/fit_align.py`). Reads `../shared/data/` at run time.
//!
//! ```text
//! cargo run --release --example align_features [-- DATA_DIR] > align-features.tsv
//! python3 scripts/fit_align.py align-features.tsv
//! ```
//! Each event is made into a bundle exactly as `eval.py` makes it (sentences joined into their
//! paragraphs, the headline as the title), analysed by the engine's own segmentation and unit
//! choice, and every body unit mapped to the dataset sentence it overlaps most, as `eval.py`
//! maps report sentences. Output, tab-separated:
//! - `gold  EVENT  A  I  B  J` for every gold link;
//! - a header `pair  event  unit_a  unit_b  a  i  b  j  label  FEATURE…`, then one `pair` row per
//!   candidate pair: the two units as the claim grouping keys them (`article id:index`, index 0
//!   for the headline and 1 + sentence index for body sentences), then for two body units the
//!   article indices `a`, `b` and dataset sentence indices `i`, `j` (−1 for a headline), the
//!   gold label, and the features.

use parallax::engine::align::{FEATURE_NAMES, candidates};
use parallax::engine::alignment_units;
use parallax::engine::bundle::{Article, Bundle, Event};
use parallax::engine::document::Document;
use parallax::engine::reading;
use parallax::util::sorting;
use serde_json::Value;
use std::collections::HashSet;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "../shared/data".into());
    let read = |p: String| std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("cannot read {p}: {e}"));
    let basil: Value = serde_json::from_str(&read(format!("{dir}/basil-dev.json"))).expect("basil-dev.json is JSON");
    let mut gold_files: Vec<_> = std::fs::read_dir(format!("{dir}/gold-align"))
        .expect("gold-align")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    sorting::sort(&mut gold_files);
    println!("pair\tevent\tunit_a\tunit_b\ta\ti\tb\tj\tlabel\t{}", FEATURE_NAMES.join("\t"));
    for g in gold_files {
        let gold: Value = serde_json::from_str(&read(g.display().to_string())).expect("gold is JSON");
        let id = gold["event_id"].as_str().unwrap_or("");
        let short = &id[..8.min(id.len())];
        let Some(ev) = basil.as_array().and_then(|a| a.iter().find(|e| e["event_id"].as_str() == Some(id))) else {
            continue;
        };
        let mut want: HashSet<(usize, usize, usize, usize)> = HashSet::new();
        for l in gold["links"].as_array().into_iter().flatten() {
            let v: Vec<usize> = (0..4).map(|k| l[k].as_u64().unwrap_or(0) as usize).collect();
            want.insert((v[0], v[1], v[2], v[3]));
            println!("gold\t{short}\t{}\t{}\t{}\t{}", v[0], v[1], v[2], v[3]);
        }
        let (bundle, ranges) = event_bundle(ev);
        let docs: Vec<Document> = bundle.articles.iter().map(Document::new).collect();
        let views = reading::read(&bundle, &docs);
        let (units, pos) = alignment_units(&views);
        // The dataset sentence of each body unit: the one it overlaps most (the first on ties).
        let sentence: Vec<Option<usize>> = pos
            .iter()
            .map(|u| {
                let s = docs[u.article].seg.sentences[u.sentence?].span;
                let overlap = |r: &(usize, usize)| r.1.min(s.end).saturating_sub(r.0.max(s.start));
                let r = &ranges[u.article];
                let best = (0..r.len()).max_by_key(|&i| (overlap(&r[i]), std::cmp::Reverse(i)))?;
                (overlap(&r[best]) > 0).then_some(best)
            })
            .collect();
        let key = |u: usize| {
            let p = pos[u];
            format!("{}:{}", bundle.articles[p.article].id, p.sentence.map_or(0, |s| s + 1))
        };
        for c in candidates(&units, true) {
            let f: Vec<String> = c.features.iter().map(|v| format!("{v}")).collect();
            let (x, y, label) = match (sentence[c.a], sentence[c.b]) {
                (Some(i), Some(j)) => {
                    let (mut x, mut y) = ((pos[c.a].article as i64, i as i64), (pos[c.b].article as i64, j as i64));
                    if y < x {
                        std::mem::swap(&mut x, &mut y);
                    }
                    let gold = want.contains(&(x.0 as usize, x.1 as usize, y.0 as usize, y.1 as usize));
                    (x, y, u8::from(gold))
                }
                _ => ((-1, -1), (-1, -1), 0),
            };
            println!(
                "pair\t{short}\t{}\t{}\t{}\t{}\t{}\t{}\t{label}\t{}",
                key(c.a),
                key(c.b),
                x.0,
                x.1,
                y.0,
                y.1,
                f.join("\t")
            );
        }
    }
}

/// The bundle `eval.py` builds from a BASIL event, and the byte range of every dataset sentence
/// in its article's text.
fn event_bundle(ev: &Value) -> (Bundle, Vec<Vec<(usize, usize)>>) {
    let mut articles = Vec::new();
    let mut ranges = Vec::new();
    for art in ev["articles"].as_array().into_iter().flatten() {
        let sentences: Vec<&str> =
            art["sentences"].as_array().into_iter().flatten().map(|s| s.as_str().unwrap_or("").trim()).collect();
        let paragraph: Vec<u64> =
            art["sentence_paragraph"].as_array().into_iter().flatten().map(|p| p.as_u64().unwrap_or(0)).collect();
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        sorting::sort_by_key(&mut order, |&i| (paragraph.get(i).copied().unwrap_or(0), i));
        let mut text = String::new();
        let mut range = vec![(0, 0); sentences.len()];
        let mut last: Option<u64> = None;
        for i in order {
            let p = paragraph.get(i).copied().unwrap_or(0);
            if let Some(l) = last {
                text.push_str(if l == p { " " } else { "\n\n" });
            }
            last = Some(p);
            range[i] = (text.len(), text.len() + sentences[i].len());
            text.push_str(sentences[i]);
        }
        let s = |k: &str| art[k].as_str().unwrap_or("").to_string();
        let id = s("source");
        let outlet = if s("source_name").is_empty() { id.clone() } else { s("source_name") };
        articles.push(Article {
            id,
            outlet,
            title: s("title"),
            date: s("date"),
            url: s("url"),
            text,
            ..Article::default()
        });
        ranges.push(range);
    }
    (Bundle::new(Event::default(), articles), ranges)
}
