//! Web-page HTML to article text: the main text of the page with its paragraphs, without
//! scripts, styles, navigation, share bars or advertising. Pure Rust, so it is tested natively.
//!
//! This is a small tolerant scanner, not a full HTML parser: it tracks open elements, drops
//! whole subtrees that are page furniture, and turns block elements into paragraph breaks.
//! When the page has an `<article>` (or else a `<main>`), only the text inside it is kept.

/// What was found in a web page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageText {
    /// The headline: the first `<h1>`, else the page `<title>`.
    pub title: String,
    /// The outlet, from `<meta property="og:site_name">`.
    pub outlet: String,
    /// The publication date, from `<meta property="article:published_time">` (date part).
    pub date: String,
    /// The canonical address, from `<link rel="canonical">` or `og:url`.
    pub url: String,
    /// The body: paragraphs separated by a blank line.
    pub text: String,
}

/// Elements whose whole content is never article text.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "head", "nav", "header", "footer", "aside", "form",
    "button", "select", "textarea", "menu", "dialog", "canvas", "video", "audio", "object", "figure", "math",
];

/// Elements whose content is raw text (no tags inside), skipped up to their closing tag.
const RAW: &[&str] = &["script", "style", "textarea", "title", "noscript", "template"];

/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "article",
    "section",
    "main",
    "br",
    "tr",
    "pre",
    "dd",
    "dt",
    "figcaption",
    "ul",
    "ol",
    "table",
    "hr",
    "address",
    "body",
];

/// Elements that never have content or a closing tag.
const VOID: &[&str] =
    &["br", "img", "meta", "link", "input", "hr", "wbr", "source", "area", "base", "col", "embed", "param", "track"];

/// Words in a `class`, `id` or `role` that mark page furniture (advertising, share bars,
/// related links, newsletter boxes, cookie banners, comments). Written for this project
/// from the markup conventions common on news sites; a token must equal one of these or
/// start with it followed by `-` or `_`.
const FURNITURE_TOKENS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "promo",
    "sponsor",
    "sponsored",
    "share",
    "sharing",
    "social",
    "related",
    "recommended",
    "newsletter",
    "subscribe",
    "subscription",
    "paywall",
    "cookie",
    "cookies",
    "consent",
    "comments",
    "comment",
    "sidebar",
    "breadcrumb",
    "breadcrumbs",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "banner",
    "footer",
    "header",
    "masthead",
    "popup",
    "modal",
    "outbrain",
    "taboola",
    "toolbar",
    "tags",
    "byline-share",
    "complementary",
    "contentinfo",
    "most-read",
    "trending",
    "read-more",
    "readmore",
];

/// One open element.
struct Open {
    name: String,
    /// Dropped with everything inside.
    dropped: bool,
}

/// A paragraph found, with where it was.
struct Para {
    text: String,
    in_article: bool,
    in_main: bool,
}

/// Extracts the main article text (and a few fields) from a web page.
///
/// # Example
/// ```
/// use parallax::ui::html_text::extract;
/// let page = extract("<nav>Home</nav><article><h1>Title</h1><p>One.</p><p>Two.</p></article>");
/// assert_eq!(page.title, "Title");
/// assert_eq!(page.text, "One.\n\nTwo.");
/// ```
pub fn extract(html: &str) -> PageText {
    let mut page = PageText::default();
    let mut stack: Vec<Open> = Vec::new();
    let mut paras: Vec<Para> = Vec::new();
    let mut current = String::new();
    let mut h1 = String::new();
    let mut in_h1 = false;
    let mut doc_title = String::new();
    let bytes = html.as_bytes();
    let mut i = 0;
    while i < html.len() {
        if bytes[i] != b'<' {
            let next = html[i..].find('<').map_or(html.len(), |k| i + k);
            let dropped = stack.iter().any(|o| o.dropped);
            if !dropped {
                let piece = decode_entities(&html[i..next]);
                let pre = stack.iter().any(|o| o.name == "pre");
                push_text(&mut current, &piece, pre);
                if in_h1 {
                    push_text(&mut h1, &piece, false);
                }
            }
            i = next;
            continue;
        }
        let rest = &html[i..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(html.len(), |k| i + k + 3);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            i = rest.find('>').map_or(html.len(), |k| i + k + 1);
            continue;
        }
        let Some(tag) = parse_tag(rest) else {
            // A lone "<" in text.
            if !stack.iter().any(|o| o.dropped) {
                current.push('<');
            }
            i += 1;
            continue;
        };
        i += tag.len;
        let name = tag.name.as_str();
        if BLOCKS.contains(&name) {
            end_paragraph(&mut current, &mut paras, &stack);
        }
        if tag.closing {
            if let Some(k) = stack.iter().rposition(|o| o.name == name) {
                stack.truncate(k);
            }
            if name == "h1" {
                in_h1 = false;
            }
            continue;
        }
        if name == "meta" {
            let key = tag.attr("property").or_else(|| tag.attr("name")).unwrap_or_default().to_ascii_lowercase();
            let content = decode_entities(tag.attr("content").unwrap_or_default()).trim().to_string();
            match key.as_str() {
                "og:site_name" if page.outlet.is_empty() => page.outlet = content,
                "article:published_time" | "date" | "pubdate" if page.date.is_empty() => {
                    page.date = content.chars().take(10).collect();
                }
                "og:url" if page.url.is_empty() => page.url = content,
                "og:title" if doc_title.is_empty() => doc_title = content,
                _ => {}
            }
        }
        if name == "link"
            && tag.attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
            && let Some(href) = tag.attr("href")
        {
            page.url = decode_entities(href).trim().to_string();
        }
        if RAW.contains(&name) && !tag.self_closing {
            let end = find_ci(&html[i..], &format!("</{name}")).map_or(html.len(), |k| i + k);
            if name == "title" && doc_title.is_empty() {
                doc_title = collapse(&decode_entities(&html[i..end]));
            }
            i = html[end..].find('>').map_or(html.len(), |k| end + k + 1);
            continue;
        }
        if VOID.contains(&name) || tag.self_closing {
            continue;
        }
        // Paragraphs and list items close an open one of their kind (HTML's implied end tags).
        if matches!(name, "p" | "li")
            && let Some(k) = stack.iter().rposition(|o| o.name == name)
        {
            stack.truncate(k);
        }
        let dropped = DROPPED.contains(&name) || tag.hidden() || tag.is_furniture();
        if name == "h1" && h1.is_empty() && !dropped && !stack.iter().any(|o| o.dropped) {
            in_h1 = true;
        }
        stack.push(Open { name: name.to_string(), dropped });
    }
    end_paragraph(&mut current, &mut paras, &stack);

    let h1 = collapse(&h1);
    page.title = if h1.is_empty() { doc_title } else { h1.clone() };
    let keep: Box<dyn Fn(&Para) -> bool> = if paras.iter().any(|p| p.in_article) {
        Box::new(|p: &Para| p.in_article)
    } else if paras.iter().any(|p| p.in_main) {
        Box::new(|p: &Para| p.in_main)
    } else {
        Box::new(|_: &Para| true)
    };
    let mut seen_title = false;
    let body: Vec<String> = paras
        .iter()
        .filter(|p| keep(p))
        .filter(|p| {
            // The headline is the title, not the first paragraph.
            if !seen_title && !h1.is_empty() && p.text == h1 {
                seen_title = true;
                return false;
            }
            true
        })
        .map(|p| p.text.clone())
        .collect();
    page.text = body.join("\n\n");
    page
}

/// Ends the paragraph being collected, if it has any text.
fn end_paragraph(current: &mut String, paras: &mut Vec<Para>, stack: &[Open]) {
    let text = collapse(current);
    current.clear();
    if text.is_empty() {
        return;
    }
    paras.push(Para {
        text,
        in_article: stack.iter().any(|o| o.name == "article"),
        in_main: stack.iter().any(|o| o.name == "main"),
    });
}

/// Appends text, turning runs of white space into one space (kept as is inside `<pre>`).
fn push_text(out: &mut String, piece: &str, pre: bool) {
    if pre {
        out.push_str(piece);
        return;
    }
    for c in piece.chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            if !out.ends_with(' ') && !out.is_empty() {
                out.push(' ');
            }
        } else {
            out.push(if c == '\u{a0}' { ' ' } else { c });
        }
    }
}

/// Collapses white space and trims.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Case-insensitive find of an ASCII needle.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&k| h[k..k + n.len()].eq_ignore_ascii_case(n))
}

/// A start or end tag.
struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    attrs: Vec<(String, String)>,
    /// Length of the tag in bytes, `<` to `>` inclusive.
    len: usize,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    fn hidden(&self) -> bool {
        self.attr("hidden").is_some() || self.attr("aria-hidden") == Some("true")
    }

    /// True when the class, id or role names page furniture.
    fn is_furniture(&self) -> bool {
        ["class", "id", "role"].iter().filter_map(|a| self.attr(a)).any(|v| {
            v.split(|c: char| c.is_whitespace()).any(|token| {
                let token = token.to_ascii_lowercase();
                FURNITURE_TOKENS.iter().any(|f| {
                    token == *f
                        || token.strip_prefix(f).is_some_and(|rest| rest.starts_with('-') || rest.starts_with('_'))
                })
            })
        })
    }
}

/// Parses a tag at the start of `s` (which starts with `<`); `None` when it is not a tag.
fn parse_tag(s: &str) -> Option<Tag> {
    let b = s.as_bytes();
    let mut k = 1;
    let closing = b.get(1) == Some(&b'/');
    if closing {
        k += 1;
    }
    let start = k;
    while k < b.len() && (b[k].is_ascii_alphanumeric() || b[k] == b'-' || b[k] == b':') {
        k += 1;
    }
    if k == start || !b[start].is_ascii_alphabetic() {
        return None;
    }
    let name = s[start..k].to_ascii_lowercase();
    let mut attrs = Vec::new();
    let mut self_closing = false;
    loop {
        while k < b.len() && b[k].is_ascii_whitespace() {
            k += 1;
        }
        match b.get(k) {
            None => return Some(Tag { name, closing, self_closing, attrs, len: s.len() }),
            Some(b'>') => {
                k += 1;
                break;
            }
            Some(b'/') => {
                self_closing = b.get(k + 1) == Some(&b'>');
                k += 1;
                continue;
            }
            _ => {}
        }
        let an = k;
        while k < b.len() && !b[k].is_ascii_whitespace() && !matches!(b[k], b'=' | b'>' | b'/') {
            k += 1;
        }
        let attr_name = s[an..k].to_ascii_lowercase();
        let mut value = String::new();
        while k < b.len() && b[k].is_ascii_whitespace() {
            k += 1;
        }
        if b.get(k) == Some(&b'=') {
            k += 1;
            while k < b.len() && b[k].is_ascii_whitespace() {
                k += 1;
            }
            match b.get(k) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = s[k + 1..].find(q as char).map_or(s.len(), |e| k + 1 + e);
                    value = s[k + 1..end].to_string();
                    k = (end + 1).min(s.len());
                }
                _ => {
                    let vs = k;
                    while k < b.len() && !b[k].is_ascii_whitespace() && b[k] != b'>' {
                        k += 1;
                    }
                    value = s[vs..k].to_string();
                }
            }
        }
        if an == k {
            k += 1;
        }
        attrs.push((attr_name, value));
    }
    Some(Tag { name, closing, self_closing, attrs, len: k })
}

/// Named character references common in news pages.
const ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{a0}"),
    ("mdash", "—"),
    ("ndash", "–"),
    ("hellip", "…"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("euro", "€"),
    ("pound", "£"),
    ("deg", "°"),
    ("middot", "·"),
    ("bull", "•"),
    ("eacute", "é"),
    ("egrave", "è"),
    ("aacute", "á"),
    ("agrave", "à"),
    ("ouml", "ö"),
    ("uuml", "ü"),
    ("auml", "ä"),
    ("ccedil", "ç"),
    ("ntilde", "ñ"),
    ("szlig", "ß"),
    ("shy", ""),
    ("zwj", "\u{200d}"),
];

/// Replaces character references (`&amp;`, `&#8217;`, `&#x2019;`) by the characters they name.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find('&') {
        out.push_str(&rest[..k]);
        rest = &rest[k..];
        let end = rest[1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).map(|e| e + 1);
        let name = &rest[1..end.unwrap_or(rest.len())];
        let decoded = if let Some(num) = name.strip_prefix('#') {
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => num.parse::<u32>().ok(),
            };
            code.and_then(char::from_u32).map(String::from)
        } else {
            ENTITIES.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
        };
        match decoded {
            Some(d) => {
                out.push_str(&d);
                let skip = 1 + name.len() + usize::from(end.is_some_and(|e| rest.as_bytes()[e] == b';'));
                rest = &rest[skip..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// True when a pasted or opened text looks like HTML markup rather than plain text.
pub fn looks_like_html(s: &str) -> bool {
    let head: String = s.trim_start().chars().take(512).collect::<String>().to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || ["<p>", "<p ", "<div", "<article", "<body", "<br>", "<h1", "<span"]
            .iter()
            .filter(|t| head.contains(*t))
            .count()
            >= 2
}
