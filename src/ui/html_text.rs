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
    let Some(doc) = web_sys::DomParser::new()
        .and_then(|p| p.parse_from_string(html, web_sys::SupportedType::TextHtml))
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
