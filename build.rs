//! Prepares the word lists of `src/engine/lexicon/` for compiling in. The lists are written for
//! their readers (comments, one entry a line, every verb form spelled out); in the web build
//! every byte is downloaded, so what is compiled in says the same more briefly:
//! - comment lines and blank lines are left out;
//! - a reporting verb whose five forms are the regular ones is written as its base alone
//!   (`neutral:claim`; the lexicon makes the forms again with the same rule, `inflect.rs`);
//! - loaded terms, hedges and boosters are grouped by their value (`-2:regime,regimes,…`): a
//!   value on every line compresses worse;
//! - the VADER excerpt is written as its words in order, each sharing a prefix with the one
//!   before, then their valences, one character each (see below).
//!
//! Where a term is listed twice, the value the lexicon would keep is the one compiled in (the
//! first for our lists, the last for VADER). The engine reads the results from `OUT_DIR` (see
//! `engine/lexicon.rs`), and its tests check them against the source files.

// The build script runs on the build machine, not in the web build: the size rule for
// ordered maps (clippy.toml) does not apply to it.
#![allow(clippy::disallowed_types)]

#[path = "src/engine/inflect.rs"]
mod inflect;

use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::PathBuf;

/// Lists compiled in as they are, without comments.
const LISTS: [&str; 8] = [
    "frames.txt",
    "sources.txt",
    "actors.txt",
    "descriptive.txt",
    "wordclass.txt",
    "verbs.txt",
    "roles.txt",
    "places.txt",
];

/// The character that stands for a VADER valence of 0 in the compiled list; -4.0 to +4.0 are
/// the 81 characters around it ('!' to 'q'), one per tenth. `lexicon.rs` reads it back.
const VALENCE_ZERO: u8 = b'I';

/// Lists of `term<TAB>value` lines, compiled in grouped by value.
const VALUED: [&str; 3] = ["hedges.txt", "boosters.txt", "loaded.txt"];

/// The lines of a list that carry entries: no comments, no blank lines, no trailing spaces.
fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim_end).filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

/// A word list of `src/engine/lexicon/`.
fn read(name: &str) -> String {
    fs::read_to_string(PathBuf::from("src/engine/lexicon").join(name))
        .unwrap_or_else(|e| panic!("cannot read the word list {name}: {e}"))
}

/// Writes a prepared list to `OUT_DIR`.
fn write(name: &str, text: String) {
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts"));
    fs::write(out.join(name), text).unwrap_or_else(|e| panic!("cannot write {name} to OUT_DIR: {e}"));
}

/// `value:term<sep>term…` lines, one per group.
fn grouped<'a>(groups: impl IntoIterator<Item = (&'a str, &'a Vec<&'a str>)>, sep: &str, room: usize) -> String {
    let mut out = String::with_capacity(room);
    for (value, terms) in groups {
        out.push_str(value);
        out.push(':');
        out.push_str(&terms.join(sep));
        out.push('\n');
    }
    out
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src/engine/inflect.rs");
    for name in LISTS.iter().chain(&VALUED).copied().chain(["vader.txt", "reporting_verbs.txt"]) {
        println!("cargo::rerun-if-changed=src/engine/lexicon/{name}");
    }
    for name in LISTS {
        let text = read(name);
        let mut kept = String::with_capacity(text.len());
        for line in entries(&text) {
            kept.push_str(line);
            kept.push('\n');
        }
        write(name, kept);
    }
    // Reporting verbs: `class: base, third, past, participle, gerund`, or `class:base` when
    // the forms are the regular ones.
    let name = "reporting_verbs.txt";
    let text = read(name);
    let mut verbs = String::with_capacity(text.len());
    for line in entries(&text) {
        let Some((class, forms)) = line.split_once(':') else { panic!("{name}: no class in {line:?}") };
        let forms: Vec<&str> = forms.split(',').map(str::trim).collect();
        assert_eq!(forms.len(), 5, "{name}: five forms expected in {line:?}");
        verbs.push_str(class.trim());
        verbs.push(':');
        match inflect::regular_forms(forms[0]) {
            Some(regular) if regular.iter().zip(&forms).all(|(r, f)| r == f) => verbs.push_str(forms[0]),
            _ => verbs.push_str(&forms.join(",")),
        }
        verbs.push('\n');
    }
    write(name, verbs);
    // Hedges, boosters, loaded terms: one line per value, terms in list order, each term once
    // (with its first value, as the lexicon keeps it).
    for name in VALUED {
        let text = read(name);
        let mut seen = std::collections::HashSet::new();
        let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
        for line in entries(&text) {
            let (term, value) = line.split_once('\t').unwrap_or((line, ""));
            let (term, value) = (term.trim(), value.trim());
            assert!(!term.contains([',', ':']) && !value.contains([',', ':']), "{name}: a comma or colon in {line:?}");
            // A loaded term without a polarity is not one (the lexicon skips it too).
            if name == "loaded.txt" && value.parse::<i8>().map_or(true, |p| p == 0) {
                continue;
            }
            if !seen.insert(term) {
                continue;
            }
            match groups.iter_mut().find(|(v, _)| *v == value) {
                Some((_, terms)) => terms.push(term),
                None => groups.push((value, vec![term])),
            }
        }
        write(name, grouped(groups.iter().map(|(v, t)| (*v, t)), ",", text.len()));
    }
    // VADER: `word<TAB>valence` lines become two lines. The first holds the words in byte
    // order, each written as the number of leading bytes it shares with the word before (one
    // digit, at most 9) followed by the rest of it ("abandon", "abandoned" → `0abandon7ed`);
    // the second holds one character per word for its valence in tenths (`VALENCE_ZERO` plus
    // the tenths: '!' is -4.0, 'I' is 0, 'q' is +4.0). Sorted words share long prefixes, and
    // the valences apart compress far better than beside their words (20 KB of download
    // grouped by valence, 14 KB so). A word listed twice keeps its last valence (as a map
    // filled line by line would).
    let text = read("vader.txt");
    let mut last: BTreeMap<&str, &str> = BTreeMap::new();
    for line in entries(&text) {
        let Some((word, valence)) = line.split_once('\t') else {
            panic!("vader.txt: a line without a tab: {line:?}");
        };
        last.insert(word.trim(), valence.trim());
    }
    let (mut words, mut valences) = (String::with_capacity(text.len() / 2), String::with_capacity(last.len()));
    let mut prev = "";
    for (word, valence) in &last {
        assert!(
            !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'\''),
            "vader.txt: a word of other characters than a-z, '-' and an apostrophe: {word:?}"
        );
        let shared = word.bytes().zip(prev.bytes()).take_while(|(a, b)| a == b).count().min(9);
        words.push(char::from(b'0' + shared as u8));
        words.push_str(&word[shared..]);
        let value: f64 = valence.parse().unwrap_or_else(|_| panic!("vader.txt: not a number: {word} {valence:?}"));
        let tenths = (value * 10.0).round() as i32;
        assert!((-40..=40).contains(&tenths), "vader.txt: a valence outside -4 to +4: {word} {valence}");
        valences.push(char::from((i32::from(VALENCE_ZERO) + tenths) as u8));
        prev = word;
    }
    write("vader.txt", format!("{words}\n{valences}\n"));
}
