//! Mounts the Parallax web app; everything else lives in the library.

fn main() {
    yew::Renderer::<parallax::ui::app::App>::new().render();
}
