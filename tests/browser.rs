//! Browser tests (wasm32, headless Chromium): the app mounted into a real DOM.

use parallax::ui::app::App;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits for Yew's scheduler to flush pending renders.
async fn settle() {
    gloo::timers::future::TimeoutFuture::new(50).await;
}

#[wasm_bindgen_test]
async fn app_mounts_and_shows_four_articles() {
    let document = gloo::utils::document();
    let _ = web_sys::window().unwrap().local_storage().unwrap().unwrap().clear();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    let columns = root.query_selector_all(".article-column").unwrap();
    assert_eq!(columns.length(), 4);
    let sentences = root.query_selector_all(".sentence").unwrap();
    assert!(sentences.length() > 40);
}

#[wasm_bindgen_test]
async fn workspace_is_saved_in_local_storage() {
    let document = gloo::utils::document();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let _ = storage.clear();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root).render();
    settle().await;
    let saved = storage.get_item(parallax::ui::storage::KEY).unwrap().expect("saved after first render");
    assert!(saved.contains("parallax-bundle"));
}
