//! Prints the restatement-model features of sentence pairs, for fitting the model.
//!
//! ```text
//! cargo run --release --example pair_features -- ../shared/data/msrp/msr_paraphrase_train.txt > features.tsv
//! python3 scripts/fit_pair_model.py features.tsv
//! ```
//! Input: the MSRP file format (`label<TAB>id1<TAB>id2<TAB>sentence1<TAB>sentence2`, one
//! header line). Output: `label<TAB>feature…` per pair, with a header of feature names.

use parallax::engine::similarity::{FEATURE_NAMES, Stats, features, number_terms};
use parallax::engine::text::Span;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: pair_features MSRP_FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    let rows: Vec<(String, String, String)> = text
        .trim_start_matches('\u{feff}')
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.trim_end_matches('\r').split('\t').collect();
            (f.len() >= 5).then(|| (f[0].to_string(), f[3].to_string(), f[4].to_string()))
        })
        .collect();
    let mut stats = Stats::new();
    let mut flat: Vec<_> =
        rows.iter().flat_map(|(_, a, b)| [a, b]).map(|s| stats.profile(s, Span::new(0, s.len()))).collect();
    stats.canonicalize(&mut flat);
    for (p, s) in flat.iter_mut().zip(rows.iter().flat_map(|(_, a, b)| [a, b])) {
        Stats::detail(s, Span::new(0, s.len()), p);
    }
    let profiles: Vec<_> = flat.chunks(2).map(|p| (p[0].clone(), p[1].clone())).collect();
    let nums = number_terms(&stats);
    let is_num = |t: u32| nums.contains(&t);
    println!("label\t{}", FEATURE_NAMES.join("\t"));
    for ((label, _, _), (pa, pb)) in rows.iter().zip(&profiles) {
        let f = features(&stats, &is_num, pa, pb);
        let cols: Vec<String> = f.iter().map(|x| format!("{x:.6}")).collect();
        println!("{label}\t{}", cols.join("\t"));
    }
}
