//! Countries as actors (`lexicon/places.txt`): the names of a country, the adjective of its
//! nationality (and the plural that names its people: "Americans", "North Koreans"), and its
//! capital or seat of government, which news uses for the government ("Pyongyang said", "the
//! Kremlin denied").

use crate::engine::lexicon::PhraseMap;
use std::sync::OnceLock;

const PLACES: &str = include_str!(concat!(env!("OUT_DIR"), "/places.txt"));

/// How a phrase names a country.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceForm {
    /// The country's name ("North Korea", "U.S.").
    Name,
    /// The adjective of nationality ("North Korean").
    Adjective,
    /// The plural that names the people ("North Koreans", "the French").
    People,
    /// The capital or seat of government ("Pyongyang", "the Kremlin").
    Capital,
}

/// A country and how a phrase names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// The country: its line in the list.
    pub country: u16,
    /// Name, adjective, people or capital.
    pub form: PlaceForm,
}

/// The place table, parsed on first use.
pub struct Places {
    /// Phrases (normal forms, full stops left out) → country and form.
    pub phrases: PhraseMap<Place>,
    /// Each country's first name, as listed (lower case).
    pub names: Vec<&'static str>,
}

/// The place table.
pub fn get() -> &'static Places {
    static PLACES_TABLE: OnceLock<Places> = OnceLock::new();
    PLACES_TABLE.get_or_init(parse)
}

/// The plural of an adjective of nationality that names the people: "Americans", but "the
/// Chinese", "the French", "the Swiss" stay as they are.
fn people(adj: &str) -> Option<String> {
    if adj.ends_with("ese") || adj.ends_with("sh") || adj.ends_with("ch") || adj.ends_with('s') {
        return None;
    }
    Some(format!("{adj}s"))
}

fn parse() -> Places {
    let mut phrases = PhraseMap::default();
    let mut names = Vec::new();
    let lines = PLACES.split('\n').map(str::trim_ascii).filter(|l| !l.is_empty() && !l.starts_with('#'));
    for (k, line) in lines.enumerate() {
        let country = k as u16;
        let mut parts = line.split('|');
        let (n, a, c) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        let items = |s: &'static str| s.split(',').map(str::trim_ascii).filter(|w| !w.is_empty());
        names.push(items(n).next().unwrap_or(""));
        for w in items(n) {
            phrases.insert(w, Place { country, form: PlaceForm::Name });
        }
        for w in items(a) {
            phrases.insert(w, Place { country, form: PlaceForm::Adjective });
            if let Some(p) = people(w) {
                phrases.insert(Box::leak(p.into_boxed_str()), Place { country, form: PlaceForm::People });
            }
        }
        for w in items(c) {
            phrases.insert(w, Place { country, form: PlaceForm::Capital });
        }
    }
    Places { phrases, names }
}

/// The place that the words `words[i..]` start with: its length in words and what it is.
/// `words` are normal forms; a trailing possessive on the last word is allowed ("Japan's").
pub fn at<S: AsRef<str>>(words: &[S], i: usize) -> Option<(usize, Place)> {
    let table = get();
    // The phrase map matches whole words: try the words as they are, then with the
    // possessive of each candidate last word taken off.
    let plain: Vec<&str> = words.iter().map(|w| strip(w.as_ref())).collect();
    table.phrases.longest(&plain, i).map(|(n, p)| (n, *p))
}

fn strip(w: &str) -> &str {
    w.strip_suffix("'s").or_else(|| w.strip_suffix('\'')).unwrap_or(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_adjectives_people_and_capitals() {
        let w = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        let nk = at(&w("north korea"), 0).map(|x| x.1);
        assert_eq!(nk.map(|p| p.form), Some(PlaceForm::Name));
        let adj = at(&w("north korean officials"), 0);
        assert_eq!(adj.map(|x| (x.0, x.1.form)), Some((2, PlaceForm::Adjective)));
        assert_eq!(adj.map(|x| x.1.country), nk.map(|p| p.country));
        assert_eq!(at(&w("the americans"), 1).map(|x| x.1.form), Some(PlaceForm::People));
        assert_eq!(at(&w("pyongyang's"), 0).map(|x| x.1.form), Some(PlaceForm::Capital));
        assert_eq!(at(&w("us"), 0).map(|x| x.1.country), at(&w("united states"), 0).map(|x| x.1.country));
        assert!(at(&w("korea"), 0).is_none());
        assert_eq!(get().names[usize::from(nk.map_or(0, |p| p.country))], "north korea");
    }

    /// The referents capitalise a country's first name in ASCII (`Builder::country`), which is
    /// exact only for ASCII names.
    #[test]
    fn first_names_are_ascii() {
        for name in &get().names {
            assert!(name.is_ascii(), "{name}");
        }
    }
}
