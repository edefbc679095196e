//! The one gate every bundle passes, whatever the way in (the command line, a file, a paste,
//! `?bundle=`, a share link, the saved workspace): total size, nesting, number of articles,
//! article size and headline size. Each refusal is one line naming the limit that was hit.
//!
//! [`Bundle::from_json`](super::Bundle::from_json) runs [`check_json`] before parsing and
//! [`check`] after; articles made in the app (pasted, opened as text or HTML) meet
//! [`check_article`] and [`check_count`].

use super::bundle::{Article, Bundle, BundleError};
use std::fmt::Write as _;

/// The largest bundle, in bytes of JSON: [`MAX_ARTICLES`] articles of the largest size fit
/// with room for their other fields.
pub const MAX_BUNDLE_BYTES: usize = 16_000_000;

/// The most articles compared at once. At 30 the reader's columns are already narrow and the
/// claim matrix very wide; past that a comparison stops being readable (chosen by looking at
/// the reader with 30 columns at 1280 px).
pub const MAX_ARTICLES: usize = 30;

/// The largest article, in bytes of text. A long news feature is 5,000–10,000 words
/// (30–70 KB); 1 MB is about 150,000 words, far beyond any article. Measured on the 2-core
/// development machine: a 990 KB made-up article (paired with a short one) was analysed in
/// the worker in 232 ms. Larger texts are books or data dumps.
pub const MAX_ARTICLE_BYTES: usize = 1_000_000;

/// The longest headline, in bytes. The longest headline in the evaluation bundles is 92
/// bytes; ten times that leaves room for subtitles run into the headline, while a headline of
/// hundreds of kilobytes (which takes seconds to analyse) is refused.
pub const MAX_HEADLINE_BYTES: usize = 1_000;

/// The deepest nesting of JSON arrays and objects. A bundle is four levels deep (the bundle,
/// its list of articles, an article, a value of an unknown field); 64 leaves unknown fields
/// plenty of room and keeps the parser's recursion (capped at 128 by `serde_json`) far away.
pub const MAX_NESTING: usize = 64;

/// A byte count for people ("5.0 MB", "820 KB").
pub fn size(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{} MB", crate::util::decimal::fixed(bytes as f64 / 1e6, 1))
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}

/// An article id (or any name from the input) as it may appear in a one-line message: control
/// characters (a newline, a terminal escape) written as `\u{…}`, and at most 40 characters.
pub fn shown(id: &str) -> String {
    const MAX_CHARS: usize = 40;
    let mut out = String::new();
    for (n, c) in id.chars().enumerate() {
        if n == MAX_CHARS {
            out.push('…');
            break;
        }
        if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}') {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// The line and column (1-based, columns in characters) of the byte at `at`, which follows
/// valid UTF-8: where a text that is not UTF-8 stops being readable.
pub fn utf8_position(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = std::str::from_utf8(&bytes[..at.min(bytes.len())]).unwrap_or_default();
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
    (line, column)
}

/// How an article is named in messages: its place, and its id when it has one.
pub fn article_label(n: usize, id: &str) -> String {
    if id.is_empty() { format!("article {}", n + 1) } else { format!("article {} (\"{}\")", n + 1, shown(id)) }
}

/// The checks on the JSON text itself, before it is parsed: size and nesting. Linear in the
/// text.
///
/// # Errors
/// A [`BundleError`] naming the limit (and, for nesting, where it was passed).
pub fn check_json(json: &str) -> Result<(), BundleError> {
    if json.len() > MAX_BUNDLE_BYTES {
        return Err(BundleError::plain(format!(
            "the bundle is {} — too large: Parallax reads bundles up to {}",
            size(json.len()),
            size(MAX_BUNDLE_BYTES)
        )));
    }
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let (mut line, mut line_start) = (1usize, 0usize);
    for (at, b) in json.bytes().enumerate() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    let column = json[line_start..=at].chars().count();
                    return Err(BundleError::at(
                        format!(
                            "the JSON is nested more than {MAX_NESTING} levels deep; Parallax reads bundles nested up to {MAX_NESTING} levels"
                        ),
                        line,
                        column,
                    ));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' => {
                line += 1;
                line_start = at + 1;
            }
            _ => {}
        }
    }
    Ok(())
}

/// The number of articles.
///
/// # Errors
/// A [`BundleError`] naming [`MAX_ARTICLES`].
pub fn check_count(count: usize) -> Result<(), BundleError> {
    if count > MAX_ARTICLES {
        return Err(BundleError::plain(format!(
            "the bundle has {count} articles; Parallax compares up to {MAX_ARTICLES} at once — split it into smaller bundles"
        )));
    }
    Ok(())
}

/// One article: the size of its text and of its headline. `label` names it in the message
/// (see [`article_label`]).
///
/// # Errors
/// A [`BundleError`] naming [`MAX_ARTICLE_BYTES`] or [`MAX_HEADLINE_BYTES`].
pub fn check_article(label: &str, article: &Article) -> Result<(), BundleError> {
    if article.text.len() > MAX_ARTICLE_BYTES {
        return Err(BundleError::plain(format!(
            "{label} has {} of text — too large: Parallax reads articles up to {} (about 150,000 words)",
            size(article.text.len()),
            size(MAX_ARTICLE_BYTES)
        )));
    }
    if article.title.len() > MAX_HEADLINE_BYTES {
        return Err(BundleError::plain(format!(
            "{label} has a headline of {} — too long: Parallax reads headlines up to {} bytes",
            size(article.title.len()),
            MAX_HEADLINE_BYTES
        )));
    }
    Ok(())
}

/// Every limit a parsed bundle must keep: the number of articles, then each article.
///
/// # Errors
/// A [`BundleError`] naming the first limit that was passed.
pub fn check(bundle: &Bundle) -> Result<(), BundleError> {
    check_count(bundle.articles.len())?;
    for (n, a) in bundle.articles.iter().enumerate() {
        check_article(&article_label(n, &a.id), a)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_in_messages_are_escaped_and_shortened() {
        assert_eq!(shown("wire\n\u{1b}[31mred"), "wire\\u{a}\\u{1b}[31mred");
        assert_eq!(shown(&"x".repeat(100)).chars().count(), 41);
    }

    #[test]
    fn nesting_is_counted_outside_strings_with_its_place() {
        let deep = format!("{{\"a\":\n{}{}", "[".repeat(MAX_NESTING), "]".repeat(MAX_NESTING));
        let e = check_json(&deep).unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(MAX_NESTING)));
        assert!(e.message.contains("nested more than 64"), "{e}");
        let quoted = format!("{{\"a\": \"{}\\\"\"}}", "[".repeat(200));
        assert_eq!(check_json(&quoted), Ok(()));
    }
}
