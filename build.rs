//! Prepares the word lists of `src/engine/lexicon/` for compiling in: their comment lines
//! and blank lines are left out (the comments document the lists for their readers; the
//! program does not need them, and in the web build every byte is downloaded), and the VADER
//! excerpt is regrouped by valence (`2.5:word word …`), which compresses better than a valence
//! on every line. The engine reads the results from `OUT_DIR` (see `framing/lexicon.rs`).

use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::PathBuf;

const LISTS: [&str; 8] = [
    "reporting_verbs.txt",
    "hedges.txt",
    "boosters.txt",
    "loaded.txt",
    "frames.txt",
    "sources.txt",
    "actors.txt",
    "descriptive.txt",
];

/// The lines of a list that carry entries: no comments, no blank lines, no trailing spaces.
fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim_end).filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts"));
    let dir = PathBuf::from("src/engine/lexicon");
    println!("cargo::rerun-if-changed=build.rs");
    for name in LISTS.iter().copied().chain(["vader.txt"]) {
        println!("cargo::rerun-if-changed=src/engine/lexicon/{name}");
    }
    for name in LISTS {
        let text =
            fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("cannot read the word list {name}: {e}"));
        let mut kept = String::with_capacity(text.len());
        for line in entries(&text) {
            kept.push_str(line);
            kept.push('\n');
        }
        fs::write(out.join(name), kept).unwrap_or_else(|e| panic!("cannot write {name} to OUT_DIR: {e}"));
    }
    // VADER: `word<TAB>valence` lines become one line per valence. A word listed twice
    // keeps its last valence (as a map filled line by line would).
    let text = fs::read_to_string(dir.join("vader.txt")).unwrap_or_else(|e| panic!("cannot read vader.txt: {e}"));
    let mut last: BTreeMap<&str, &str> = BTreeMap::new();
    let mut order: Vec<&str> = Vec::new();
    for line in entries(&text) {
        let Some((word, valence)) = line.split_once('\t') else {
            panic!("vader.txt: a line without a tab: {line:?}");
        };
        if last.insert(word.trim(), valence.trim()).is_none() {
            order.push(word.trim());
        }
    }
    let mut groups: BTreeMap<i32, (&str, Vec<&str>)> = BTreeMap::new();
    for word in order {
        let valence = last[word];
        let value: f64 = valence.parse().unwrap_or_else(|_| panic!("vader.txt: not a number: {word} {valence:?}"));
        groups.entry((value * 10.0).round() as i32).or_insert_with(|| (valence, Vec::new())).1.push(word);
    }
    let mut grouped = String::with_capacity(text.len());
    for (valence, words) in groups.values() {
        grouped.push_str(valence);
        grouped.push(':');
        grouped.push_str(&words.join(" "));
        grouped.push('\n');
    }
    fs::write(out.join("vader.txt"), grouped).unwrap_or_else(|e| panic!("cannot write vader.txt to OUT_DIR: {e}"));
}
