//! Small closed word classes the engine needs everywhere: function words, number words, and
//! the English stemmer.
//!
//! The function-word list was written for this project from English grammar (articles,
//! pronouns, auxiliaries, prepositions, conjunctions, determiners and a few discourse adverbs);
//! it is deliberately short so that content words such as "war" or "said" stay visible.

use crate::engine::wordlist::WordList;
use crate::util::fasthash::IndexHasher;
use rust_stemmers::{Algorithm, Stemmer};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// English function words, lower case, apostrophes straight.
pub const FUNCTION_WORDS: WordList = WordList::new(
    "a|an|the|and|or|but|nor|so|yet|for|of|to|in|on|at|by|with|from|into|onto|upon|over|under|about|\
     above|below|after|before|since|until|till|during|through|throughout|across|along|among|amid|amongst|\
     between|against|toward|towards|within|without|via|per|than|as|if|then|because|while|whereas|though|\
     although|unless|whether|that|this|these|those|there|here|which|who|whom|whose|what|when|where|why|\
     how|i|me|my|mine|myself|we|us|our|ours|ourselves|you|your|yours|yourself|he|him|his|himself|she|her|\
     hers|herself|it|its|itself|they|them|their|theirs|themselves|be|am|is|are|was|were|been|being|have|\
     has|had|having|do|does|did|doing|done|will|would|shall|should|can|could|may|might|must|ought|not|no|\
     n't|'s|s|'re|'ve|'d|'ll|'m|also|just|only|very|too|even|still|all|any|some|each|every|both|either|\
     neither|such|own|same|other|another|more|most|less|least|much|many|few|several|up|down|out|off|\
     again|further|once|ever|now|well|mr|mrs|ms|dr|like|whose|yes|oh|etc",
);

/// True when `w` (already normalised) is a function word.
pub fn is_function_word(w: &str) -> bool {
    // A hashed set: this is called for nearly every token, and a scan of the list costs a
    // couple of hundred string comparisons each time.
    static SET: OnceLock<std::collections::HashSet<&'static str, BuildHasherDefault<IndexHasher>>> = OnceLock::new();
    SET.get_or_init(|| FUNCTION_WORDS.iter().collect()).contains(w)
}

/// The value of an English number word ("two" → 2, "dozen" → 12); `None` for other words.
pub fn number_word(w: &str) -> Option<f64> {
    let v = match w {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" | "dozen" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "hundred" => 100.0,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        "half" => 0.5,
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        _ => return None,
    };
    Some(v)
}

/// The numeric value of a numeral token ("1100", "3.5", "10th", "1990s"), if it has one.
pub fn numeral_value(norm: &str) -> Option<f64> {
    let end = norm.bytes().position(|b| !(b.is_ascii_digit() || b == b'.')).unwrap_or(norm.len());
    decimal(norm[..end].trim_end_matches('.'))
}

/// The value of digits with at most one decimal point ("1100", "3.5", ".5"), without the
/// general float parser (whose tables the web build would otherwise download). Up to 15
/// significant digits the result is the correctly rounded value, as `str::parse` gives: the
/// digits form an exact integer and one division by an exact power of ten rounds once.
fn decimal(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty() && frac.is_empty() || frac.contains('.') {
        return None;
    }
    let mut digits = 0u64;
    let mut scale = 0i32;
    let mut significant = 0;
    for (k, b) in int.bytes().chain(frac.bytes()).enumerate() {
        let in_frac = k >= int.len();
        if significant < 18 {
            digits = digits * 10 + u64::from(b - b'0');
            significant += usize::from(digits > 0);
            scale -= i32::from(in_frac);
        } else if !in_frac {
            // Beyond 18 digits, whole-number digits only scale the value.
            scale += 1;
        }
    }
    let value = digits as f64;
    Some(if scale < 0 { value / 10f64.powi(-scale) } else { value * 10f64.powi(scale) })
}

/// Stems remembered at most (then the memory starts again): a bundle of 20 long articles
/// uses about 6,000 distinct words, so one analysis never starts it again, and a long session
/// of many bundles stays within a few megabytes.
const STEMS_KEPT: usize = 50_000;

/// The Snowball English stem of a normalised word ("reported" → "report"). Stems are
/// remembered: an analysis stems the same words many times (about 8% of its work before).
pub fn stem(w: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    thread_local! {
        static STEMS: std::cell::RefCell<crate::util::fasthash::HashMap<String, String>> = Default::default();
    }
    STEMS.with(|stems| {
        if let Some(s) = stems.borrow().get(w) {
            return s.clone();
        }
        let s = STEMMER.get_or_init(|| Stemmer::create(Algorithm::English)).stem(w).into_owned();
        let mut stems = stems.borrow_mut();
        if stems.len() >= STEMS_KEPT {
            stems.clear();
        }
        stems.insert(w.to_string(), s.clone());
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_read_like_the_float_parser() {
        for s in [
            "0",
            "7",
            "1100",
            "3.5",
            "0.1",
            "2.675",
            "10.",
            "1990",
            "99.99",
            "123456789012345",
            "0.000001",
            ".5",
            "007",
        ] {
            let want: f64 = s.trim_end_matches('.').parse().expect("a number");
            assert_eq!(numeral_value(s), Some(want), "{s}");
        }
        assert_eq!(numeral_value("10th"), Some(10.0));
        assert_eq!(numeral_value("1990s"), Some(1990.0));
        assert_eq!(numeral_value("3.5m"), Some(3.5));
        for bad in ["", ".", "1.2.3", "abc", "..5"] {
            assert_eq!(numeral_value(bad), None, "{bad:?}");
        }
        let long = numeral_value("123456789012345678901234").expect("a long numeral");
        assert!((long / 1.2345678901234568e23 - 1.0).abs() < 1e-12);
    }

    #[test]
    fn stems_and_numbers() {
        assert_eq!(stem("parties"), stem("party"));
        assert_eq!(stem("claimed"), "claim");
        assert_eq!(number_word("two"), Some(2.0));
        assert_eq!(numeral_value("1100"), Some(1100.0));
        assert_eq!(numeral_value("3.5"), Some(3.5));
    }
}
