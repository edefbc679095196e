//! What the user opens, drops or pastes, for the app: files go through the engine's
//! [`import`](crate::engine::import) with the browser's HTML parser ([`html_text`]), pasted
//! text keeps its paragraphs. Reading the files themselves happens in the components.

use super::html_text;
pub use crate::engine::import::{
    Imported, MAX_PAGE_BYTES, Plan, check_article, check_bundle, decode_text, is_bundle_name, markdown_to_text,
    normalise_newlines, plan, too_large,
};

/// Reads one opened or dropped file (see [`crate::engine::import::import_file`]).
///
/// # Errors
/// One sentence naming the file and what is wrong.
pub fn import_file(name: &str, bytes: &[u8]) -> Result<Imported, String> {
    crate::engine::import::import_file(name, bytes, html_text::extract)
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
