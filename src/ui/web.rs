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

/// Runs a future to its end in the background (in the browser's event loop); natively, at once.
pub fn spawn(future: impl std::future::Future<Output = ()> + 'static) {
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(future);
    #[cfg(not(target_arch = "wasm32"))]
    {
        // Natively (server-side rendering tests) effects do not run; a future given here
        // finishes on its first poll (`deflate` below does).
        let mut future = std::pin::pin!(future);
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        let _ = future.as_mut().poll(&mut cx);
    }
}

#[cfg(target_arch = "wasm32")]
mod compression {
    use wasm_bindgen::prelude::*;

    // `CompressionStream` is in every current browser; web-sys still files it under unstable
    // APIs, so the three members used are declared here.
    #[wasm_bindgen]
    extern "C" {
        pub type CompressionStream;
        #[wasm_bindgen(constructor, catch)]
        pub fn new(format: &str) -> Result<CompressionStream, JsValue>;
        #[wasm_bindgen(method, getter)]
        pub fn readable(this: &CompressionStream) -> web_sys::ReadableStream;
        #[wasm_bindgen(method, getter)]
        pub fn writable(this: &CompressionStream) -> web_sys::WritableStream;
    }
}

/// `bytes` compressed as raw deflate (RFC 1951) by the browser; natively by `miniz_oxide`.
///
/// # Errors
/// A sentence for the user when the browser cannot compress.
pub async fn deflate(bytes: Vec<u8>) -> Result<Vec<u8>, String> {
    #[cfg(target_arch = "wasm32")]
    {
        let fail = |_| "This browser could not compress the link.".to_string();
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
        let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(fail)?;
        let stream = compression::CompressionStream::new("deflate-raw").map_err(fail)?;
        let pair = web_sys::ReadableWritablePair::new(&stream.readable(), &stream.writable());
        let response =
            web_sys::Response::new_with_opt_readable_stream(Some(&blob.stream().pipe_through(&pair))).map_err(fail)?;
        let buffer =
            wasm_bindgen_futures::JsFuture::from(response.array_buffer().map_err(fail)?).await.map_err(fail)?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
    }
    #[cfg(not(target_arch = "wasm32"))]
    Ok(miniz_oxide::deflate::compress_to_vec(&bytes, 9))
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
    replace_address(&page_url());
}

/// Puts `url` in the address bar in place of the current address, without reloading.
fn replace_address(url: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Ok(h) = gloo::utils::window().history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = url;
}

/// Removes query parameters from the address bar without reloading (after a `?bundle=` or
/// `?sample=` address was opened, so that a reload keeps the user's later work, such as an
/// earlier workspace restored since).
pub fn clear_query_params(names: &[&str]) {
    #[cfg(target_arch = "wasm32")]
    {
        let location = gloo::utils::window().location();
        let Ok(params) = web_sys::UrlSearchParams::new_with_str(&location.search().unwrap_or_default()) else {
            return;
        };
        for name in names {
            params.delete(name);
        }
        let rest: String = params.to_string().into();
        let query = if rest.is_empty() { String::new() } else { format!("?{rest}") };
        replace_address(&format!("{}{query}{}", app_url(), location.hash().unwrap_or_default()));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = names;
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

/// What a panic says, on one line, for the page's "Parallax stopped" message: its text and
/// where in the source it happened ("panicked at src/engine/diff.rs:120:9: index out of bounds …").
pub fn panic_text(info: &std::panic::PanicHookInfo) -> String {
    // The standard text ("panicked at src/…:120:9:\nindex out of bounds …"), on one line.
    info.to_string().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Shows a panic on the page instead of the bare "unreachable" of the trap that follows it
/// (through Yew, which would otherwise put its own hook in place when the app is rendered;
/// `boot.js` also writes the message to the console).
pub fn show_panics() {
    #[cfg(target_arch = "wasm32")]
    yew::set_custom_panic_hook(Box::new(|info| report_stop(&panic_text(info))));
}

/// Tells the page's loader (boot.js) that an error stopped Parallax: it records it and shows
/// its message with the ways to reload safely.
pub fn report_stop(why: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Ok(f) = js_sys::Reflect::get(&js_sys::global(), &"parallaxStopped".into())
        .and_then(wasm_bindgen::JsCast::dyn_into::<js_sys::Function>)
    {
        let _ = f.call1(&wasm_bindgen::JsValue::NULL, &why.into());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = why;
}

/// A moment (milliseconds since 1970) as the browser writes local dates and times ("" natively).
pub fn local_time(ms: u64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::new(&(ms as f64).into()).to_locale_string("en-GB", &wasm_bindgen::JsValue::UNDEFINED).into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = ms;
        String::new()
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

/// A file name from the event title: "pandemic-diplomacy-bundle.json".
pub fn file_name(bundle: &crate::engine::Bundle, suffix: &str) -> String {
    let slug: String = bundle
        .event
        .title
        .chars()
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .take(6)
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() { format!("parallax-{suffix}") } else { format!("{slug}-{suffix}") }
}
