//! Share links: the whole bundle, deflate-compressed and base64url-encoded, carried in the URL
//! fragment (`#b=…`), which browsers never send to a server.
//!
//! The compressing is done by the browser's own `CompressionStream` (see `web::deflate`, and
//! [`use_share_fragment`] for the views): a deflate compressor compiled in would add about
//! 4 KB to the download, for a step that runs once per link. Reading a link stays here.

use super::identity::SameRc;
use crate::engine::bundle::Bundle;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use std::rc::Rc;
use yew::prelude::*;

/// The fragment key that carries a bundle.
pub const FRAGMENT_KEY: &str = "b=";

/// The longest link offered for copying. Browsers accept far longer addresses, but chat
/// tools, e-mail clients and learning platforms cut or refuse links past a few thousand
/// characters; 8,000 is the commonly quoted safe limit for URLs in the wild.
pub const MAX_LINK_CHARS: usize = 8_000;

/// The largest bundle a link may unpack to (guards against a crafted link that expands to
/// gigabytes).
const MAX_UNPACKED_BYTES: usize = 16_000_000;

/// The fragment (without `#`) carrying the deflate-compressed JSON of a bundle.
pub fn fragment_of(packed: &[u8]) -> String {
    format!("{FRAGMENT_KEY}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// The bundle carried by a fragment (with or without the leading `#`); `None` when the
/// fragment carries none.
///
/// # Errors
/// One sentence when the fragment looks like a share link but is damaged (cut short when it
/// was copied, usually) or holds a bundle that is not valid.
pub fn decode(fragment: &str) -> Option<Result<Bundle, String>> {
    let payload = fragment.trim_start_matches('#').strip_prefix(FRAGMENT_KEY)?;
    Some(decode_payload(payload))
}

fn decode_payload(payload: &str) -> Result<Bundle, String> {
    const DAMAGED: &str = "This share link is damaged (probably cut short when it was copied): ask for the link again, or for the bundle file.";
    let packed = URL_SAFE_NO_PAD.decode(payload.trim().trim_end_matches('=')).map_err(|_| DAMAGED.to_string())?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_UNPACKED_BYTES)
        .map_err(|_| DAMAGED.to_string())?;
    let json = String::from_utf8(json).map_err(|_| DAMAGED.to_string())?;
    Bundle::from_json(&json).map_err(|e| format!("The bundle in this share link is not usable: {e}."))
}

/// A share link at `page` (the app's address; a fragment it has is replaced) carrying `fragment`.
pub fn link_with(page: &str, fragment: &str) -> String {
    let base = page.split('#').next().unwrap_or(page);
    format!("{base}#{fragment}")
}

/// The share fragment of `bundle`, once the browser has compressed it (`None` until then,
/// without a bundle, and when the browser cannot); made again only when the bundle changes.
#[hook]
pub fn use_share_fragment(bundle: Option<Rc<Bundle>>) -> Option<String> {
    let made = use_state(|| None::<(SameRc<Bundle>, String)>);
    let key = bundle.map(SameRc);
    {
        let made = made.clone();
        use_effect_with(key.clone(), move |key| {
            if let Some(key) = key.clone() {
                let json = key.0.to_json().into_bytes();
                super::web::spawn(async move {
                    if let Ok(packed) = super::web::deflate(json).await {
                        made.set(Some((key, fragment_of(&packed))));
                    }
                });
            }
        });
    }
    let key = key?;
    made.as_ref().filter(|(made_for, _)| *made_for == key).map(|(_, fragment)| fragment.clone())
}

/// The `<iframe>` snippet that embeds `src` in a course page.
pub fn embed_snippet(src: &str, title: &str) -> String {
    let title = if title.trim().is_empty() { "Parallax comparison" } else { title.trim() };
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"720\" style=\"border:1px solid #ccc\" loading=\"lazy\" referrerpolicy=\"no-referrer\"></iframe>",
        attr_escape(src),
        attr_escape(&format!("Parallax: {title}"))
    )
}

/// Adds `embed=1` to the query of `page` (keeping other parameters and the fragment).
pub fn embed_url(page: &str) -> String {
    let (before, fragment) = page.split_once('#').map_or((page, None), |(b, f)| (b, Some(f)));
    let (path, query) = before.split_once('?').map_or((before, ""), |(p, q)| (p, q));
    let mut params: Vec<&str> = query.split('&').filter(|p| !p.is_empty() && !p.starts_with("embed=")).collect();
    params.push("embed=1");
    let mut out = format!("{path}?{}", params.join("&"));
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out
}

fn attr_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}
