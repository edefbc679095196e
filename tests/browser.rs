//! Browser tests (wasm32, headless Chromium): the app mounted into a real DOM, hovering that
//! lights up counterparts, saving and restoring the workspace, and share links in WebAssembly.

use parallax::ui::app::App;
use parallax::ui::state::{Action, Workspace};
use parallax::ui::{samples, share, storage};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits until `ready` holds (checked every 20 ms, at most 5 s), so that no test sleeps for a
/// fixed time.
async fn until(ready: impl Fn() -> bool) {
    for _ in 0..250 {
        if ready() {
            return;
        }
        gloo::timers::future::TimeoutFuture::new(20).await;
    }
}

/// Mounts the app with the engine on the page: these tests serve no worker module, so the page
/// analyses the sample by itself (the end-to-end tests run the built app with its worker).
fn mount() -> web_sys::Element {
    parallax::ui::analysis::put_engine_on_page();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    root
}

fn count(root: &web_sys::Element, selector: &str) -> u32 {
    root.query_selector_all(selector).map(|l| l.length()).unwrap_or(0)
}

#[wasm_bindgen_test]
async fn app_mounts_and_shows_four_articles() {
    let _ = web_sys::window().unwrap().local_storage().unwrap().unwrap().clear();
    let root = mount();
    until(|| count(&root, ".sentence") > 40).await;
    assert_eq!(count(&root, ".article-column"), 4);
    assert!(count(&root, ".sentence") > 40);
    assert!(count(&root, "mark.hl") > 0, "highlights are drawn");
}

#[wasm_bindgen_test]
async fn hovering_a_sentence_lights_up_its_counterparts() {
    let _ = web_sys::window().unwrap().local_storage().unwrap().unwrap().clear();
    let root = mount();
    until(|| count(&root, ".sentence") > 40).await;
    let sentences = root.query_selector_all(".article-column .sentence").unwrap();
    let mut lit = 0;
    for k in 0..sentences.length() {
        let s: web_sys::HtmlElement = sentences.item(k).unwrap().dyn_into().unwrap();
        let over = web_sys::MouseEvent::new_with_mouse_event_init_dict("mouseover", &{
            let init = web_sys::MouseEventInit::new();
            init.set_bubbles(true);
            init
        })
        .unwrap();
        s.dispatch_event(&over).unwrap();
        until(|| count(&root, ".lit") > 0 || count(&root, ".active") > 0).await;
        lit = count(&root, ".lit");
        if lit > 0 {
            break;
        }
    }
    assert!(lit > 0, "some sentence of the sample has a counterpart");
}

#[wasm_bindgen_test]
fn the_workspace_round_trips_through_local_storage() {
    let _ = web_sys::window().unwrap().local_storage().unwrap().unwrap().clear();
    let ws = Rc::new(Workspace::with_bundle(samples::default_bundle()));
    let ws = ws.reduce(Action::SetNotes("Compare the headlines.".into()));
    storage::save(&ws, false).expect("saved");
    let storage::Loaded::Workspace(back) = storage::load() else { panic!("loads what was saved") };
    assert_eq!(back.notes, "Compare the headlines.");
    assert_eq!(back.bundle, ws.bundle);
}

/// Issue 17, item 4: Undo is saved with the workspace, and a bundle that replaces the workspace
/// keeps the saved copy among the earlier workspaces.
#[wasm_bindgen_test]
fn undo_survives_a_reload_and_a_replaced_workspace_is_kept() {
    let _ = web_sys::window().unwrap().local_storage().unwrap().unwrap().clear();
    let ws = Rc::new(Workspace::with_bundle(samples::default_bundle()));
    let first = ws.bundle.articles[0].id.clone();
    let ws = ws.reduce(Action::RemoveArticle(first));
    assert_eq!(storage::save(&ws, false), Ok(storage::Saved::Whole));
    let storage::Loaded::Workspace(back) = storage::load() else { panic!("loads what was saved") };
    let back = Rc::new(*back).reduce(Action::Undo);
    assert_eq!(back.bundle.articles.len(), 4, "Undo after the reload puts the article back");

    let mut other = samples::default_bundle();
    other.event.title = "Another event".into();
    let replaced = back.clone().reduce(Action::LoadBundle {
        bundle: Box::new(other),
        source: "link".into(),
        message: "Opened.".into(),
    });
    assert_eq!(replaced.replaced, 1);
    storage::save(&back, false).expect("saved");
    storage::save(&replaced, true).expect("saved");
    let earlier = storage::earlier();
    assert_eq!(earlier.len(), 1);
    assert_eq!(earlier[0].workspace.bundle, back.bundle);
}

/// The browser compresses the link (CompressionStream) and our reader opens it.
#[wasm_bindgen_test]
async fn share_links_round_trip_in_webassembly() {
    let bundle = samples::default_bundle();
    let packed = parallax::ui::web::deflate(bundle.to_json().into_bytes()).await.expect("the browser compresses");
    let link = share::link_with("https://example.org/p/", &share::fragment_of(&packed));
    let fragment = link.split_once('#').unwrap().1;
    assert_eq!(share::decode(fragment).unwrap().unwrap(), bundle);
    assert!(packed.len() * 2 < bundle.to_json().len(), "compressed to under half");
}

/// The browser's `DOMParser` reads web pages with the same rules as the command line's parser
/// (the same fixtures and expectations as the native tests in `ui_import.rs`).
#[wasm_bindgen_test]
fn web_pages_are_read_by_the_browsers_parser_with_the_same_rules() {
    use parallax::ui::html_text::extract;
    let page = extract(include_str!("fixtures/import/news-page.html"));
    assert_eq!(page.outlet, "The Example Gazette");
    assert_eq!(page.title, "Harbour council votes to keep the night ferry");
    assert_eq!((page.date.as_str(), page.url.as_str()), ("2024-05-02", "https://gazette.example/ferry-vote"));
    assert_eq!(
        page.text,
        "The harbour council voted on Tuesday to keep the night ferry running — for now.\n\n\
         Councillors said the service would cost £1.2 million a year, a figure the operator disputed.\n\n\
         “We listened to the night workers,” the council leader said."
    );
    let heavy = extract(include_str!("fixtures/import/scripts-and-styles.html"));
    assert_eq!(heavy.text, "Only this sentence is the article.\n\nAnd this second one.");
    assert_eq!(extract("<p>a &amp; b &#8212; c &#x2019; AT&T</p>").text, "a & b — c ’ AT&T");
    // Nested markup thousands of levels deep is read in one walk, without recursion.
    let deep = format!("{}<p>Deep text.</p>{}", "<div>".repeat(5000), "</div>".repeat(5000));
    assert_eq!(extract(&deep).text, "Deep text.");
}

/// Notes being typed survive a redraw of the page before the user leaves the box (here blind
/// mode switched without moving the focus): the panel keeps the draft, and leaving the box
/// saves it.
#[wasm_bindgen_test]
async fn notes_being_typed_survive_a_redraw() {
    let _ = web_sys::window().unwrap().local_storage().unwrap().unwrap().clear();
    let root = mount();
    until(|| count(&root, ".sentence") > 40).await;
    let notes: web_sys::HtmlTextAreaElement =
        root.query_selector(".notes textarea").unwrap().unwrap().dyn_into().unwrap();
    let blind: web_sys::HtmlElement = root.query_selector(".blind-toggle input").unwrap().unwrap().dyn_into().unwrap();
    let event = |name: &str| {
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        web_sys::Event::new_with_event_init_dict(name, &init).unwrap()
    };
    notes.set_value("Look at the verbs.");
    notes.dispatch_event(&event("input")).unwrap();
    // Blind mode hides the outlets' names once the page is drawn again.
    let named = || root.text_content().unwrap_or_default().contains("The Harmony Herald");
    assert!(named(), "the sample names its outlets");
    blind.click();
    until(|| !named()).await;
    assert!(!named(), "the page is drawn again in blind mode");
    assert_eq!(notes.value(), "Look at the verbs.", "the draft survives the redraw");
    notes.dispatch_event(&event("change")).unwrap();
    blind.click();
    until(named).await;
    assert!(named(), "the page is drawn again with names");
    assert_eq!(notes.value(), "Look at the verbs.", "the saved notes are shown");
}
