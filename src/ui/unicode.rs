//! Unicode normalisation (NFC) of text as it enters the workspace, so that "é" typed as one
//! character and as "e" plus an accent are the same word. In the browser this uses the
//! browser's own tables (`String.prototype.normalize`); natively (server-side rendering in
//! tests) a Rust implementation.

/// `s` in Unicode Normalisation Form C.
#[cfg(target_arch = "wasm32")]
pub fn nfc(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    String::from(js_sys::JsString::from(s).normalize("NFC"))
}

/// `s` in Unicode Normalisation Form C.
#[cfg(not(target_arch = "wasm32"))]
pub fn nfc(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfc().collect()
}

/// The article with its text fields in NFC.
pub fn nfc_article(mut a: crate::engine::Article) -> crate::engine::Article {
    a.text = nfc(&a.text);
    a.title = nfc(&a.title);
    a.outlet = nfc(&a.outlet);
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn combining_marks_are_composed() {
        assert_eq!(nfc("cafe\u{301}"), "caf\u{e9}");
        assert_eq!(nfc("plain"), "plain");
    }
}
