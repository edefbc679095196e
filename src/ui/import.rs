//! Turning what the user opens, drops or pastes into articles or a bundle, with one clear
//! message for anything that cannot be used. Pure Rust (bytes in, articles out), so every bad
//! input is tested natively; reading the files themselves happens in the components.

use super::html_text;
use crate::engine::bundle::{Article, Bundle};

/// The largest article Parallax takes, in bytes of text. A long news feature is 5,000–10,000
/// words (30–70 KB); 1 MB is about 150,000 words, far beyond any article. Measured on the
/// 2-core development machine: a 990 KB made-up article (paired with a short one) was analysed
/// in the worker in 232 ms, and opening it blocked the page once for about 150 ms (reading
/// and saving the file). Larger texts are books or data dumps, and are refused with a message.
pub const MAX_ARTICLE_BYTES: usize = 1_000_000;

/// The largest bundle file, in bytes: 30 articles of the largest size fit comfortably.
pub const MAX_BUNDLE_BYTES: usize = 16_000_000;

/// The most articles compared at once. At 30 the reader's columns are already narrow and the
/// claim matrix very wide; past that a comparison stops being readable (chosen by looking at
/// the reader with 30 columns at 1280 px).
pub const MAX_ARTICLES: usize = 30;

/// What a file turned out to hold.
#[derive(Clone, Debug, PartialEq)]
pub enum Imported {
    /// One article (a text, Markdown or HTML file).
    Article(Box<Article>),
    /// A whole bundle (a `.json` file).
    Bundle(Box<Bundle>),
}

/// Reads one opened or dropped file.
///
/// # Errors
/// One sentence naming the file and what is wrong: too large, empty, binary, not UTF-8, an
/// unknown kind, a bundle that is not valid (with its line and column), or a web page with
/// no article text.
pub fn import_file(name: &str, bytes: &[u8]) -> Result<Imported, String> {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let kind = match ext.as_str() {
        "json" => Kind::Json,
        "html" | "htm" | "xhtml" => Kind::Html,
        "md" | "markdown" => Kind::Markdown,
        "txt" | "text" | "" => Kind::Text,
        other => {
            return Err(format!(
                "“{name}” is a .{other} file; Parallax opens .txt, .md, .html and .json (bundle) files."
            ));
        }
    };
    let limit = if kind == Kind::Json { MAX_BUNDLE_BYTES } else { MAX_ARTICLE_BYTES * 4 };
    if bytes.len() > limit {
        return Err(format!(
            "“{name}” is {} — too large: Parallax reads articles up to {} of text; split or trim it first.",
            size(bytes.len()),
            size(MAX_ARTICLE_BYTES)
        ));
    }
    let text = decode_text(name, bytes)?;
    if text.trim().is_empty() {
        return Err(format!("“{name}” is empty."));
    }
    match kind {
        Kind::Json => {
            let bundle = Bundle::from_json(&text).map_err(|e| format!("“{name}” is not a usable bundle: {e}."))?;
            check_bundle(name, &bundle)?;
            Ok(Imported::Bundle(Box::new(bundle)))
        }
        Kind::Html => {
            let page = html_text::extract(&text);
            if page.text.trim().is_empty() {
                return Err(format!(
                    "“{name}” has no article text once its scripts, styles, menus and advertising are removed."
                ));
            }
            let article = Article {
                id: String::new(),
                outlet: if page.outlet.is_empty() { stem.to_string() } else { page.outlet },
                title: page.title,
                date: page.date,
                url: page.url,
                text: page.text,
                ..Article::default()
            };
            check_article(name, &article)?;
            Ok(Imported::Article(Box::new(article)))
        }
        Kind::Markdown | Kind::Text => {
            let text = if kind == Kind::Markdown { markdown_to_text(&text) } else { normalise_newlines(&text) };
            let (title, body) = split_title(&text);
            let article =
                Article { id: String::new(), outlet: stem.to_string(), title, text: body, ..Article::default() };
            check_article(name, &article)?;
            Ok(Imported::Article(Box::new(article)))
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Json,
    Html,
    Markdown,
    Text,
}

/// A byte count for people ("5.0 MB", "820 KB").
pub fn size(bytes: usize) -> String {
    if bytes >= 1_000_000 { format!("{:.1} MB", bytes as f64 / 1e6) } else { format!("{} KB", bytes.div_ceil(1000)) }
}

/// Bytes to text: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark.
///
/// # Errors
/// A sentence when the bytes are a binary file (an image, PDF, archive…) or text in another
/// encoding.
pub fn decode_text(name: &str, bytes: &[u8]) -> Result<String, String> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode_text(name, rest);
    }
    let utf16 = |le: bool, body: &[u8]| -> Result<String, String> {
        let units = body
            .chunks_exact(2)
            .map(|c| if le { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| format!("“{name}” says it is UTF-16 text but contains invalid characters."))
    };
    if let Some(body) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(true, body);
    }
    if let Some(body) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(false, body);
    }
    if let Some(what) = binary_kind(bytes) {
        return Err(format!(
            "“{name}” is not a text file (it looks like {what}); open a .txt, .md, .html or .json file."
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => Err(format!(
            "“{name}” is not UTF-8 text (the first unreadable byte is at position {}); save it as UTF-8 in your editor and open it again.",
            e.valid_up_to() + 1
        )),
    }
}

/// Names the kind of a binary file, or `None` when the bytes look like text.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    let magic: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive or an office document"),
        (b"\x89PNG", "a PNG image"),
        (b"GIF8", "a GIF image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"RIFF", "an image or sound file"),
        (b"\x7FELF", "a program"),
        (b"MZ", "a program"),
        (b"\x1F\x8B", "a compressed file"),
        (b"\xD0\xCF\x11\xE0", "an old office document"),
    ];
    if let Some((_, what)) = magic.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(what);
    }
    let head = &bytes[..bytes.len().min(8192)];
    let control = head.iter().filter(|&&b| b < 0x09 || (0x0E..0x20).contains(&b) && b != 0x1B).count();
    // Text has no NUL bytes and almost no other control characters; 1 in 100 leaves room
    // for a stray form feed or escape in an old text file.
    if head.contains(&0) || control * 100 > head.len() { Some("a binary file") } else { None }
}

/// One article's checks: not empty, not too large.
///
/// # Errors
/// A sentence naming the article (or file) and the problem.
pub fn check_article(name: &str, article: &Article) -> Result<(), String> {
    if article.text.trim().is_empty() {
        return Err(format!("“{name}” has no article text."));
    }
    if article.text.len() > MAX_ARTICLE_BYTES {
        return Err(format!(
            "“{name}” has {} of text — too large: Parallax reads articles up to {} (about 150,000 words); split or trim it first.",
            size(article.text.len()),
            size(MAX_ARTICLE_BYTES)
        ));
    }
    Ok(())
}

/// A bundle's checks: not too many articles, none too large.
///
/// # Errors
/// A sentence naming the bundle and the problem.
pub fn check_bundle(name: &str, bundle: &Bundle) -> Result<(), String> {
    if bundle.articles.len() > MAX_ARTICLES {
        return Err(format!(
            "“{name}” has {} articles; Parallax compares up to {MAX_ARTICLES} at once — split it into smaller bundles.",
            bundle.articles.len()
        ));
    }
    if let Some(a) = bundle.articles.iter().find(|a| a.text.len() > MAX_ARTICLE_BYTES) {
        return Err(format!(
            "“{name}”: article “{}” has {} of text; Parallax reads articles up to {}.",
            a.id,
            size(a.text.len()),
            size(MAX_ARTICLE_BYTES)
        ));
    }
    Ok(())
}

/// Windows and old Mac line ends to `\n`.
pub fn normalise_newlines(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\r', "\n")
}

/// A first paragraph that is one short line without a full stop is the headline.
fn split_title(text: &str) -> (String, String) {
    let text = text.trim();
    if let Some((first, rest)) = text.split_once("\n\n") {
        let first = first.trim();
        let short = first.chars().count() <= 160 && !first.contains('\n');
        let no_stop = !first.ends_with(['.', '!', '?', '"', '”', ':']);
        if short && no_stop && !rest.trim().is_empty() {
            return (first.to_string(), rest.trim().to_string());
        }
    }
    (String::new(), text.to_string())
}

/// Markdown to plain text: headings, emphasis, links and images lose their markup.
pub fn markdown_to_text(md: &str) -> String {
    let md = normalise_newlines(md);
    let mut out = Vec::new();
    let mut in_fence = false;
    for line in md.lines() {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.to_string());
            continue;
        }
        let t = t.trim_start_matches('#').trim_start();
        let t = t.strip_prefix("> ").or_else(|| t.strip_prefix('>')).unwrap_or(t);
        if matches!(t.trim(), "---" | "***" | "___") {
            out.push(String::new());
            continue;
        }
        out.push(strip_inline(t));
    }
    out.join("\n")
}

/// Removes inline Markdown: `![alt](src)`, `[text](url)` → text, `**`, `__`, `` ` ``.
fn strip_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find('[') {
        let image = k > 0 && rest.as_bytes()[k - 1] == b'!';
        out.push_str(&rest[..if image { k - 1 } else { k }]);
        let after = &rest[k + 1..];
        match after.find("](").and_then(|m| after[m + 2..].find(')').map(|e| (m, m + 2 + e))) {
            Some((m, e)) => {
                if !image {
                    out.push_str(&after[..m]);
                }
                rest = &after[e + 1..];
            }
            None => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace("**", "").replace("__", "").replace('`', "")
}

/// Text pasted into the article box: web-page HTML becomes text with its paragraphs.
pub fn pasted_text(plain: &str, html: Option<&str>) -> String {
    match html {
        Some(h) if !h.trim().is_empty() => {
            let page = html_text::extract(h);
            if page.text.trim().is_empty() { normalise_newlines(plain) } else { page.text }
        }
        _ if html_text::looks_like_html(plain) => {
            let page = html_text::extract(plain);
            if page.text.trim().is_empty() { normalise_newlines(plain) } else { page.text }
        }
        _ => normalise_newlines(plain),
    }
}

/// What a batch of opened files amounts to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    /// The bundle to open (the first `.json` file), with its file name.
    pub bundle: Option<(String, Bundle)>,
    /// Articles to add.
    pub articles: Vec<Article>,
    /// One sentence per file that could not be used.
    pub problems: Vec<String>,
}

/// Sorts the results of reading several files into one plan: the first bundle is opened,
/// text files become articles, everything else becomes a message.
pub fn plan(results: Vec<(String, Result<Imported, String>)>) -> Plan {
    let mut plan = Plan::default();
    for (name, result) in results {
        match result {
            Ok(Imported::Article(a)) => plan.articles.push(*a),
            Ok(Imported::Bundle(b)) if plan.bundle.is_none() => plan.bundle = Some((name, *b)),
            Ok(Imported::Bundle(_)) => plan.problems.push(format!(
                "“{name}” was not opened: open one bundle at a time (its articles would replace the others)."
            )),
            Err(e) => plan.problems.push(e),
        }
    }
    plan
}
