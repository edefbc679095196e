//! The web app's analysis engine, a WebAssembly module of its own: started in a web worker (no
//! document), it answers the page's analysis requests; loaded into the page (when the browser
//! cannot start the worker), it answers through [`answer`]. The page's own module leaves the
//! engine out, so a first visit does not download it (see ARCHITECTURE.md, "Where the web
//! build's size goes").

fn main() {
    #[cfg(target_arch = "wasm32")]
    if parallax::ui::analysis::in_worker() {
        parallax::ui::analysis::serve();
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        eprintln!("parallax-engine is the web app's analysis module; on the command line, use `parallax`.");
        std::process::exit(2);
    }
}

/// One analysis request answered on the page: JSON text in, JSON text out (see
/// `parallax::ui::analysis::answer`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn answer(request: &str) -> String {
    parallax::ui::analysis::answer(request)
}
