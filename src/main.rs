//! Mounts the Parallax web app; everything else lives in the library. The same program also
//! runs as the analysis worker: started inside a web worker (no document), it answers
//! analysis requests instead of mounting the app, so the browser downloads one module only.

fn main() {
    #[cfg(target_arch = "wasm32")]
    if parallax::ui::analysis::in_worker() {
        parallax::ui::analysis::serve();
        return;
    }
    parallax::ui::web::show_panics();
    yew::Renderer::<parallax::ui::app::App>::new().render();
}
