//! Mounts the Parallax web app; everything else lives in the library. The analysis runs in a
//! module of its own (`src/bin/parallax-engine.rs`), so the page's download leaves it out.

fn main() {
    parallax::ui::web::show_panics();
    yew::Renderer::<parallax::ui::app::App>::new().render();
}
