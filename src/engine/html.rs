//! Web-page HTML to article text: the main text of the page with its paragraphs, without
//! scripts, styles, navigation, share bars or advertising.
//!
//! The rules live in [`Extractor`], which reads a parsed page as a stream of start tags, text
//! and end tags, in one pass and in time linear in the page (it keeps counts of the open
//! elements that matter, never rescans them). Parsing is left to a real HTML parser: natively
//! [`extract`] uses `scraper` (html5ever, the full HTML standard, every named character
//! reference); the app walks the inert document of the browser's own `DOMParser`
//! (`ui::html_text`), so both read pages the same way. When the page has an `<article>` (or
//! else a `<main>`), only the text inside it is kept.

use crate::engine::wordlist::WordList;

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
const DROPPED: WordList = WordList::new(
    "script|style|noscript|template|svg|iframe|head|nav|header|footer|aside|form|button|select|textarea|\
     menu|dialog|canvas|video|audio|object|figure|math",
);

/// Elements that end a paragraph (where they start and where they end).
const BLOCKS: WordList = WordList::new(
    "p|div|h1|h2|h3|h4|h5|h6|li|blockquote|article|section|main|br|tr|pre|dd|dt|figcaption|ul|ol|table|\
     hr|address|body",
);

/// Words in a `class`, `id` or `role` that mark page furniture (advertising, share bars,
/// related links, newsletter boxes, cookie banners, comments). Written for this project
/// from the markup conventions common on news sites; a token must equal one of these or
/// start with it followed by `-` or `_`.
const FURNITURE_TOKENS: WordList = WordList::new(
    "ad|ads|advert|advertisement|promo|sponsor|sponsored|share|sharing|social|related|recommended|\
     newsletter|subscribe|subscription|paywall|cookie|cookies|consent|comments|comment|sidebar|\
     breadcrumb|breadcrumbs|nav|navbar|navigation|menu|banner|footer|header|masthead|popup|modal|\
     outbrain|taboola|toolbar|tags|byline-share|complementary|contentinfo|most-read|trending|read-more|\
     readmore",
);

/// A paragraph found, with where it was.
struct Para {
    text: String,
    in_article: bool,
    in_main: bool,
}

/// One open element, as far as the rules care.
#[derive(Clone, Copy, Default)]
struct Open {
    dropped: bool,
    article: bool,
    main: bool,
    pre: bool,
    h1: bool,
    title: bool,
}

/// The extraction rules, fed a parsed page in document order: [`Extractor::start`] for every
/// element, [`Extractor::text`] for every text node, [`Extractor::end`] when an element
/// closes (properly nested, as a parser's tree gives them). Every step takes time in
/// proportion to its own input.
#[derive(Default)]
pub struct Extractor {
    page: PageText,
    /// The open elements, with counts of those that change how text is read.
    stack: Vec<Open>,
    dropped: usize,
    article: usize,
    main: usize,
    pre: usize,
    in_h1: usize,
    in_title: usize,
    paras: Vec<Para>,
    current: String,
    h1: String,
    /// True once the first `<h1>` outside dropped content has closed.
    h1_done: bool,
    doc_title: String,
}

impl Extractor {
    /// A new extractor.
    pub fn new() -> Extractor {
        Extractor::default()
    }

    /// An element starts; `attr` gives its attributes by (lower-case) name.
    pub fn start(&mut self, name: &str, attr: &dyn Fn(&str) -> Option<String>) {
        if BLOCKS.contains(name) {
            self.end_paragraph();
        }
        match name {
            "meta" => self.meta(attr),
            "link" if attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                if let Some(href) = attr("href") {
                    self.page.url = href.trim().to_string();
                }
            }
            _ => {}
        }
        let furniture = ["class", "id", "role"].iter().filter_map(|a| attr(a)).any(|v| is_furniture(&v));
        let hidden = attr("hidden").is_some() || attr("aria-hidden").as_deref() == Some("true");
        let dropped = DROPPED.contains(name) || hidden || furniture;
        let open = Open {
            dropped,
            article: name == "article",
            main: name == "main",
            pre: name == "pre",
            h1: name == "h1" && !self.h1_done && !dropped && self.dropped == 0,
            title: name == "title" && self.doc_title.is_empty(),
        };
        self.count(open, true);
        self.stack.push(open);
    }

    /// Text inside the open elements.
    pub fn text(&mut self, piece: &str) {
        if self.in_title > 0 {
            self.doc_title.push_str(piece);
        }
        if self.dropped > 0 {
            return;
        }
        push_text(&mut self.current, piece, self.pre > 0);
        if self.in_h1 > 0 {
            push_text(&mut self.h1, piece, false);
        }
    }

    /// The innermost open element ends (`name` is its name).
    pub fn end(&mut self, name: &str) {
        if BLOCKS.contains(name) {
            self.end_paragraph();
        }
        if let Some(open) = self.stack.pop() {
            self.count(open, false);
            if open.h1 && !self.h1.trim().is_empty() {
                self.h1_done = true;
            }
        }
    }

    /// The page's text and fields.
    pub fn finish(mut self) -> PageText {
        self.end_paragraph();
        let h1 = collapse(&self.h1);
        let mut page = self.page;
        page.title = if h1.is_empty() { collapse(&self.doc_title) } else { h1.clone() };
        let (any_article, any_main) = (self.paras.iter().any(|p| p.in_article), self.paras.iter().any(|p| p.in_main));
        let mut seen_title = false;
        let body: Vec<String> = self
            .paras
            .iter()
            .filter(|p| {
                if any_article {
                    p.in_article
                } else if any_main {
                    p.in_main
                } else {
                    true
                }
            })
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

    /// Adds (`open`) or removes an element from the counts.
    fn count(&mut self, o: Open, open: bool) {
        let step = |n: &mut usize, on: bool| {
            if on {
                *n = if open { *n + 1 } else { n.saturating_sub(1) };
            }
        };
        step(&mut self.dropped, o.dropped);
        step(&mut self.article, o.article);
        step(&mut self.main, o.main);
        step(&mut self.pre, o.pre);
        step(&mut self.in_h1, o.h1);
        step(&mut self.in_title, o.title);
    }

    /// The fields a `<meta>` element may carry.
    fn meta(&mut self, attr: &dyn Fn(&str) -> Option<String>) {
        let key = attr("property").or_else(|| attr("name")).unwrap_or_default().to_ascii_lowercase();
        let content = attr("content").unwrap_or_default().trim().to_string();
        let page = &mut self.page;
        match key.as_str() {
            "og:site_name" if page.outlet.is_empty() => page.outlet = content,
            "article:published_time" | "date" | "pubdate" if page.date.is_empty() => {
                page.date = content.chars().take(10).collect();
            }
            "og:url" if page.url.is_empty() => page.url = content,
            "og:title" if self.doc_title.is_empty() => self.doc_title = content,
            _ => {}
        }
    }

    /// Ends the paragraph being collected, if it has any text.
    fn end_paragraph(&mut self) {
        let text = collapse(&self.current);
        self.current.clear();
        if !text.is_empty() {
            self.paras.push(Para { text, in_article: self.article > 0, in_main: self.main > 0 });
        }
    }
}

/// True when a `class`, `id` or `role` value names page furniture.
fn is_furniture(value: &str) -> bool {
    value.split(char::is_whitespace).any(|token| {
        let token = token.to_ascii_lowercase();
        FURNITURE_TOKENS.iter().any(|f| {
            token == *f || token.strip_prefix(f).is_some_and(|rest| rest.starts_with('-') || rest.starts_with('_'))
        })
    })
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

/// Extracts the main article text (and a few fields) from a web page, parsed by `scraper`
/// (html5ever). Natively only: the app uses the browser's parser (`ui::html_text`).
///
/// # Example
/// ```
/// use parallax::engine::html::extract;
/// let page = extract("<nav>Home</nav><article><h1>Title</h1><p>One.</p><p>Two.</p></article>");
/// assert_eq!(page.title, "Title");
/// assert_eq!(page.text, "One.\n\nTwo.");
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub fn extract(html: &str) -> PageText {
    use ego_tree::iter::Edge;
    use scraper::Node;
    let doc = scraper::Html::parse_document(html);
    let mut x = Extractor::new();
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => x.start(e.name(), &|a| e.attr(a).map(str::to_string)),
                Node::Text(t) => x.text(&t[..]),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    x.end(e.name());
                }
            }
        }
    }
    x.finish()
}
