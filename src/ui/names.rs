//! How articles are named on screen: the outlet, or "Article A", "Article B"… in blind mode,
//! and outlet names inside engine notes masked the same way.

use crate::engine::bundle::Bundle;
use crate::engine::display_name;
use crate::util::sorting;

/// The letter of the article at `index`: A…Z, then AA, AB…
pub fn letter(index: usize) -> String {
    let mut n = index;
    let mut out = Vec::new();
    loop {
        out.push(char::from(b'A' + (n % 26) as u8));
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out.iter().rev().collect()
}

/// The names to show, in bundle order.
pub fn names(bundle: &Bundle, blind: bool) -> Vec<String> {
    bundle
        .articles
        .iter()
        .enumerate()
        .map(|(k, a)| if blind { format!("Article {}", letter(k)) } else { display_name(a).to_string() })
        .collect()
}

/// `text` with every outlet name replaced by its blind-mode name (longest names first, so
/// that "The Herald" inside "The Herald Tribune" is not replaced first). Unchanged when not
/// blind.
pub fn mask(text: &str, bundle: &Bundle, blind: bool) -> String {
    if !blind {
        return text.to_string();
    }
    let shown = names(bundle, true);
    let mut pairs: Vec<(&str, &str)> = bundle
        .articles
        .iter()
        .zip(&shown)
        .map(|(a, s)| (display_name(a), s.as_str()))
        .filter(|(n, _)| !n.trim().is_empty())
        .collect();
    sorting::sort_by_key(&mut pairs, |(n, _)| std::cmp::Reverse(n.len()));
    let mut out = text.to_string();
    for (real, alias) in pairs {
        out = out.replace(real, alias);
    }
    out
}
