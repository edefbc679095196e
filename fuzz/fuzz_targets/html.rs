//! A web page opened as an article: any text through the page reader (the command line's
//! parser and the extraction the app shares). It must never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|page: &str| {
    let _ = parallax::engine::html::extract(page);
});
