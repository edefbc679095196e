//! Measures the aligner on the dev gold alignments with the dataset's own sentence splits
//! (no segmentation in the way), for tuning. Reads `../shared/data/` at run time.
//!
//! ```text
//! cargo run --release --example align_gold [-- DATA_DIR] [--errors]
//! ```

use parallax::engine::align::{UnitInput, align};
use parallax::engine::text::Span;
use serde_json::Value;
use std::collections::HashSet;

fn main() {
    let dir = std::env::args().skip(1).find(|a| !a.starts_with("--")).unwrap_or_else(|| "../shared/data".into());
    let basil: Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/basil-dev.json")).expect("basil-dev.json"))
            .expect("json");
    let mut gold_files: Vec<_> = std::fs::read_dir(format!("{dir}/gold-align"))
        .expect("gold-align")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    parallax::engine::sorting::sort(&mut gold_files);
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for g in gold_files {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&g).expect("gold")).expect("json");
        let id = gold["event_id"].as_str().unwrap_or("");
        let Some(ev) =
            basil.as_array().and_then(|a| a.iter().find(|e| e["event_id"].as_str().is_some_and(|x| x[..8] == id[..8])))
        else {
            continue;
        };
        let sentences: Vec<Vec<String>> = ev["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                a["sentences"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().trim().to_string()).collect()
            })
            .collect();
        let mut inputs = Vec::new();
        let mut pos = Vec::new();
        for (k, art) in sentences.iter().enumerate() {
            for (i, s) in art.iter().enumerate() {
                inputs.push(UnitInput {
                    article: k,
                    text: s,
                    span: Span::new(0, s.len()),
                    headline: false,
                    in_quote: false,
                });
                pos.push((k, i));
            }
        }
        let pred: HashSet<(usize, usize, usize, usize)> = align(&inputs)
            .into_iter()
            .map(|l| {
                let (x, y) = (pos[l.a], pos[l.b]);
                if x < y { (x.0, x.1, y.0, y.1) } else { (y.0, y.1, x.0, x.1) }
            })
            .collect();
        let want: HashSet<(usize, usize, usize, usize)> = gold["links"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                let v: Vec<usize> = (0..4).map(|k| l[k].as_u64().unwrap() as usize).collect();
                (v[0], v[1], v[2], v[3])
            })
            .collect();
        if std::env::args().any(|a| a == "--errors") {
            let text = |(k, i): (usize, usize)| sentences[k][i].chars().take(150).collect::<String>();
            let (missed, extra) = (want.difference(&pred), pred.difference(&want));
            for (label, l) in missed.map(|l| ("MISSED", l)).chain(extra.map(|l| ("EXTRA ", l))) {
                println!("{label} {}:{} ~ {}:{}", l.0, l.1, l.2, l.3);
                println!("    {}\n    {}", text((l.0, l.1)), text((l.2, l.3)));
            }
        }
        let (t, f, n) =
            (pred.intersection(&want).count(), pred.difference(&want).count(), want.difference(&pred).count());
        println!("{}  gold={} pred={} tp={t}", &id[..8], want.len(), pred.len());
        tp += t;
        fp += f;
        fn_ += n;
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    println!("gold splits: P={p:.3} R={r:.3} F1={:.3}", 2.0 * p * r / (p + r).max(1e-9));
}
