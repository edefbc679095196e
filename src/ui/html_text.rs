//! Web-page HTML to article text, for the app: the browser's own `DOMParser` parses the page
//! into an inert document (no scripts run, nothing loads) and the engine's extraction rules
//! ([`Extractor`]) read it in one walk. Natively (tests, server-side rendering) the engine's
//! own parser does the same ([`crate::engine::html::extract`]).

pub use crate::engine::html::{Extractor, PageText, looks_like_html};

/// Extracts the main article text (and a few fields) from a web page.
#[cfg(not(target_arch = "wasm32"))]
pub fn extract(html: &str) -> PageText {
    crate::engine::html::extract(html)
}

/// Extracts the main article text (and a few fields) from a web page, parsed by the browser.
#[cfg(target_arch = "wasm32")]
pub fn extract(html: &str) -> PageText {
    use wasm_bindgen::JsCast;
    let html = without_styles(html);
    let Some(doc) = web_sys::DomParser::new()
        .and_then(|p| p.parse_from_string(&html, web_sys::SupportedType::TextHtml))
        .ok()
        .and_then(|d| d.document_element())
    else {
        return PageText::default();
    };
    let root: web_sys::Node = doc.into();
    let mut x = Extractor::new();
    let mut node = root.clone();
    // Document order without recursion: down to the first child, else across to the next
    // sibling, else back up, ending every element on the way up.
    loop {
        let mut descended = false;
        if let Some(e) = node.dyn_ref::<web_sys::Element>() {
            x.start(&e.local_name(), &|a| e.get_attribute(a));
            if let Some(child) = node.first_child() {
                node = child;
                descended = true;
            }
        } else if node.node_type() == web_sys::Node::TEXT_NODE {
            x.text(&node.node_value().unwrap_or_default());
        }
        if descended {
            continue;
        }
        loop {
            if let Some(e) = node.dyn_ref::<web_sys::Element>() {
                x.end(&e.local_name());
            }
            if node == root {
                return x.finish();
            }
            match (node.next_sibling(), node.parent_node()) {
                (Some(next), _) => {
                    node = next;
                    break;
                }
                (None, Some(parent)) => node = parent,
                (None, None) => return x.finish(),
            }
        }
    }
}

/// The page without its `<style>` elements and with its `style` attributes renamed: parsing
/// them, even into an inert document, makes the browser report a breach of the app's
/// Content-Security-Policy (`style-src 'self'`) in the console. Neither is ever article text.
/// One pass over the page.
pub fn without_styles(html: &str) -> String {
    let bytes = html.as_bytes();
    let starts = |at: usize, word: &[u8]| bytes.get(at..at + word.len()).is_some_and(|b| b.eq_ignore_ascii_case(word));
    let mut out = String::with_capacity(html.len());
    let (mut at, mut copied, mut in_tag) = (0, 0, false);
    while at < bytes.len() {
        match bytes[at] {
            b'<' if starts(at, b"<style") && !bytes.get(at + 6).is_some_and(u8::is_ascii_alphanumeric) => {
                out.push_str(&html[copied..at]);
                // Up to the end of `</style>` (or of the page).
                let mut end = at + 6;
                while end < bytes.len() && !starts(end, b"</style") {
                    end += 1;
                }
                while end < bytes.len() && bytes[end] != b'>' {
                    end += 1;
                }
                at = (end + 1).min(bytes.len());
                copied = at;
                in_tag = false;
                continue;
            }
            b'<' => in_tag = true,
            b'>' => in_tag = false,
            c if in_tag && c.is_ascii_whitespace() && starts(at + 1, b"style") => {
                let mut k = at + 6;
                while bytes.get(k).is_some_and(u8::is_ascii_whitespace) {
                    k += 1;
                }
                if bytes.get(k) == Some(&b'=') {
                    out.push_str(&html[copied..=at]);
                    out.push_str("data-page-");
                    copied = at + 1;
                }
            }
            _ => {}
        }
        at += 1;
    }
    out.push_str(&html[copied..]);
    out
}
