//! Files to articles or a bundle, with one clear message for anything that cannot be used:
//! the same for the app (files opened or dropped) and the command line (`parallax analyze`
//! given `.txt`, `.md`, `.html` files). Bytes in, articles out; reading the files happens in
//! the callers, and so does parsing HTML, which each does with its own parser (see
//! [`html`](super::html)): [`import_file`] takes the extraction as a function.

use super::bundle::{Article, Bundle};
use super::gate::{self, MAX_ARTICLE_BYTES, MAX_BUNDLE_BYTES};
use super::html::PageText;

/// The largest web page or text file read as one article: the page around an article of
/// [`MAX_ARTICLE_BYTES`] (its markup, scripts and styles) is often several times its text.
pub const MAX_PAGE_BYTES: usize = 4 * MAX_ARTICLE_BYTES;

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
pub fn import_file(name: &str, bytes: &[u8], extract_html: fn(&str) -> PageText) -> Result<Imported, String> {
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
    too_large(name, kind == Kind::Json, bytes.len())?;
    let text = decode_text(name, bytes)?;
    if text.trim().is_empty() {
        return Err(format!("“{name}” is empty."));
    }
    match kind {
        Kind::Json => {
            let bundle = Bundle::from_json(&text).map_err(|e| format!("“{name}” is not a usable bundle: {e}."))?;
            Ok(Imported::Bundle(Box::new(bundle)))
        }
        Kind::Html => {
            let page = extract_html(&text);
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

/// True when a file name says it holds a bundle (`.json`).
pub fn is_bundle_name(name: &str) -> bool {
    name.rsplit_once('.').is_some_and(|(_, e)| e.eq_ignore_ascii_case("json"))
}

/// Refuses a file too large to read before it is read: a bundle over [`MAX_BUNDLE_BYTES`],
/// another file over [`MAX_PAGE_BYTES`]; the message names the limit that applies.
///
/// # Errors
/// One sentence naming the file, its size and the limit.
pub fn too_large(name: &str, bundle: bool, bytes: usize) -> Result<(), String> {
    let (limit, what) =
        if bundle { (MAX_BUNDLE_BYTES, "bundles") } else { (MAX_PAGE_BYTES, "text and web-page files") };
    if bytes > limit {
        return Err(format!(
            "“{}” is {} — too large: Parallax reads {what} up to {}; split or trim it first.",
            gate::shown(name),
            gate::size(bytes),
            gate::size(limit)
        ));
    }
    Ok(())
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
        Err(e) => {
            let (line, column) = gate::utf8_position(bytes, e.valid_up_to());
            Err(format!(
                "“{}” is not UTF-8 text (line {line}, column {column} is not a UTF-8 character); save it as UTF-8 in your editor and open it again.",
                gate::shown(name)
            ))
        }
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

/// One article's checks: not empty, and within the gate's limits (text and headline size).
///
/// # Errors
/// A sentence naming the article (or file) and the problem.
pub fn check_article(name: &str, article: &Article) -> Result<(), String> {
    if article.text.trim().is_empty() {
        return Err(format!("“{}” has no article text.", gate::shown(name)));
    }
    gate::check_article(&format!("“{}”", gate::shown(name)), article)
        .map_err(|e| format!("{}.", capitalise(&e.message)))
}

/// A bundle's checks (the gate's: number of articles, each article), for a bundle that was
/// put together in the app (a bundle file with text files added to it).
///
/// # Errors
/// A sentence naming the bundle and the problem.
pub fn check_bundle(name: &str, bundle: &Bundle) -> Result<(), String> {
    gate::check(bundle).map_err(|e| format!("“{}”: {}.", gate::shown(name), e.message))
}

/// The message with its first letter in upper case. The gate's messages start with a quoted
/// name or an English word, so ASCII is enough (`char::to_uppercase` would bring Unicode's
/// upper-case table, about 5 KB of download, into the web build).
fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| std::iter::once(f.to_ascii_uppercase()).chain(c).collect())
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

/// An id derived from `wanted` that no article of `bundle` uses yet: lower-case letters and
/// digits joined by `-`, at most 24 characters, numbered when taken (`wire-2`).
pub fn unique_id(bundle: &Bundle, wanted: &str) -> String {
    let base: String = wanted
        .chars()
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let base = if base.is_empty() { "article".to_string() } else { base.chars().take(24).collect() };
    let taken = |id: &str| bundle.articles.iter().any(|a| a.id == id);
    if !taken(&base) {
        return base;
    }
    (2..).map(|n| format!("{base}-{n}")).find(|id| !taken(id)).unwrap_or(base)
}

/// Opens what a batch of files amounts to as one bundle: the bundle (if one was opened) with
/// the articles added to it under ids no article uses yet, checked by the gate.
///
/// # Errors
/// The first problem of the plan, or the gate's refusal of the result.
pub fn bundle_of(plan: Plan) -> Result<Bundle, String> {
    let Plan { bundle, articles, problems } = plan;
    if let Some(problem) = problems.into_iter().next() {
        return Err(problem);
    }
    let (name, mut bundle) = bundle.unwrap_or_else(|| ("the articles".to_string(), Bundle::default()));
    bundle.format = super::bundle::BUNDLE_FORMAT.into();
    bundle.version = super::bundle::BUNDLE_VERSION;
    for mut a in articles {
        a.id = unique_id(&bundle, if a.id.is_empty() { &a.outlet } else { &a.id });
        bundle.articles.push(a);
    }
    check_bundle(&name, &bundle)?;
    Ok(bundle)
}
