//! Small wrappers over browser features (downloads, clipboard, the address bar, the clock,
//! printing). Natively, in server-side rendering tests, they do nothing and say so.

/// Milliseconds from a fixed point in the page's life (`performance.now()`); 0 natively.
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
    }
    #[cfg(not(target_arch = "wasm32"))]
    0.0
}

/// Offers `content` as a file download (made in the page, nothing is sent anywhere).
///
/// # Errors
/// A sentence for the user when the browser refuses.
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let fail = |_| format!("The browser did not allow saving “{file_name}”.");
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag).map_err(fail)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
        let document = gloo::utils::document();
        let a: web_sys::HtmlAnchorElement =
            document.create_element("a").map_err(fail)?.dyn_into().map_err(|_| "no anchor".to_string())?;
        a.set_href(&url);
        a.set_download(file_name);
        a.set_hidden(true);
        let body = document.body().ok_or("no page body")?;
        body.append_child(&a).map_err(fail)?;
        a.click();
        a.remove();
        // Revoke later: the download starts asynchronously.
        gloo::timers::callback::Timeout::new(10_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        Ok(())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (mime, content);
        Err(format!("Saving “{file_name}” needs a browser."))
    }
}

/// Copies text to the clipboard (best effort; the text is also shown for copying by hand).
pub fn copy_text(text: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = text;
}

/// The page's address without its fragment.
pub fn page_url() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let href = gloo::utils::window().location().href().unwrap_or_default();
        href.split('#').next().unwrap_or_default().to_string()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::from("https://example.org/parallax/")
}

/// The page's address without query and fragment (the app's own address).
pub fn app_url() -> String {
    let page = page_url();
    page.split('?').next().unwrap_or_default().to_string()
}

/// The URL fragment without `#` ("" natively).
pub fn fragment() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let hash = gloo::utils::window().location().hash().unwrap_or_default();
        hash.trim_start_matches('#').to_string()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// Removes the fragment from the address bar without reloading (after a share link was read,
/// so that a reload does not replace the user's later work).
pub fn clear_fragment() {
    #[cfg(target_arch = "wasm32")]
    {
        let w = gloo::utils::window();
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&page_url()));
        }
    }
}

/// The value of a query parameter, percent-decoded.
pub fn query_param(name: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let search = gloo::utils::window().location().search().ok()?;
        let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
        params.get(name)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = name;
        None
    }
}

/// Opens the browser's print dialog (the print stylesheet turns the page into a handout).
pub fn print() {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = gloo::utils::window().print();
    }
}

/// Moves keyboard focus to the element with this id, if it exists (after a view change), and
/// scrolls it into view; false when there is no such element.
pub fn focus_id(id: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(el) =
            gloo::utils::document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
            el.scroll_into_view();
            return true;
        }
        false
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = id;
        false
    }
}
