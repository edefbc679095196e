//! Everything that brings articles in: the list of loaded articles (edit, reorder, remove),
//! the sample picker, opening files (button or drag and drop, several at once), a bundle URL,
//! the earlier workspaces, and the paste form.

use super::article_list::ArticleList;
use super::identity::same;
use super::paste_form::PasteForm;
use super::samples::SAMPLES;
use super::state::Action;
use crate::engine::bundle::{Article, Bundle};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Properties of [`LoadPanel`].
#[derive(Properties)]
pub struct LoadPanelProps {
    /// The live bundle (not the analysed one: edits show at once).
    pub bundle: Rc<Bundle>,
    /// Where it came from.
    pub source: String,
    /// Called when the user opens the tools or drags files over the panel: an edit is likely,
    /// so the app starts the analysis worker (whose module a first visit does not load).
    #[prop_or_default]
    pub on_intent: Callback<()>,
}

impl PartialEq for LoadPanelProps {
    fn eq(&self, o: &LoadPanelProps) -> bool {
        same(&self.bundle, &o.bundle) && self.source == o.source && self.on_intent == o.on_intent
    }
}

/// The articles and the ways to add more.
#[component]
pub fn LoadPanel(props: &LoadPanelProps) -> Html {
    let dispatch = use_context::<super::context::Shared>().expect("shared context").dispatch;
    let editing = use_state(|| None::<String>);
    let sample = use_state(|| SAMPLES[0].key.to_string());
    let url = use_state(String::new);
    let dragging = use_state(|| false);
    let earlier = use_state(|| false);
    let open = use_state(|| props.bundle.articles.len() < 2);
    let names =
        super::names::names(&props.bundle, use_context::<super::context::Shared>().is_some_and(|c| c.settings.blind));

    let on_sample_change = {
        let sample = sample.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                sample.set(s.value());
            }
        })
    };
    let on_open_sample = {
        let dispatch = dispatch.clone();
        let sample = sample.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = SAMPLES.iter().find(|s| s.key == *sample) {
                super::loading::open_sample(s, &dispatch);
            }
        })
    };
    let on_files = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                #[cfg(target_arch = "wasm32")]
                if let Some(files) = input.files() {
                    super::loading::open_files(files, dispatch.clone());
                }
                #[cfg(not(target_arch = "wasm32"))]
                let _ = &dispatch;
                input.set_value("");
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        let intent = props.on_intent.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
                intent.emit(());
            }
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let dispatch = dispatch.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            #[cfg(target_arch = "wasm32")]
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                super::loading::open_files(files, dispatch.clone());
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (&dispatch, e);
        })
    };
    let on_url_input = {
        let url = url.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                url.set(i.value());
            }
        })
    };
    let on_url_submit = {
        let url = url.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let u = url.trim().to_string();
            if u.is_empty() {
                dispatch
                    .dispatch(Action::Notify(super::state::Notice::error("Type the address of a bundle file first.")));
                return;
            }
            #[cfg(target_arch = "wasm32")]
            super::loading::open_url(u, dispatch.clone(), false);
            #[cfg(not(target_arch = "wasm32"))]
            let _ = u;
        })
    };
    let on_add =
        dispatch.to_callback().reform(|a: Article| Action::AddArticles { articles: vec![a], problems: Vec::new() });
    let on_save = {
        let dispatch = dispatch.clone();
        let editing = editing.clone();
        Callback::from(move |a: Article| {
            if let Some(id) = (*editing).clone() {
                dispatch.dispatch(Action::UpdateArticle(id, a));
            }
            editing.set(None);
        })
    };
    let on_cancel = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(None))
    };
    let on_edit = {
        let editing = editing.clone();
        let open = open.clone();
        Callback::from(move |id: String| {
            editing.set(Some(id));
            open.set(true);
            super::web::focus_id("paste-heading");
        })
    };
    let on_toggle = {
        let open = open.clone();
        let intent = props.on_intent.clone();
        Callback::from(move |_: MouseEvent| {
            if !*open {
                intent.emit(());
            }
            open.set(!*open);
        })
    };
    let edited: Option<Rc<Article>> =
        (*editing).as_ref().and_then(|id| props.bundle.articles.iter().find(|a| &a.id == id)).cloned().map(Rc::new);
    let _ = &props.source;
    html! {
        <section class={classes!("load-panel", dragging.then_some("dragging"))} aria-labelledby="load-heading"
            ondragover={on_drag_over.clone()} ondragleave={on_drag_leave} ondrop={on_drop.clone()}>
            <div class="load-head">
                <h2 id="load-heading">{ format!("Articles ({})", props.bundle.articles.len()) }</h2>
                if !*open {
                    <p class="load-summary">{ names.join(" · ") }</p>
                }
                <button type="button" class="button-small" aria-expanded={open.to_string()} aria-controls="load-tools" onclick={on_toggle}>
                    { if *open { "Close" } else { "Add, edit or reorder articles" } }
                </button>
            </div>
            <div id="load-tools" class="load-tools" hidden={!*open}>
                <ArticleList bundle={props.bundle.clone()} {on_edit} />
                <div class="load-row">
                    <div class="load-box">
                        <h3>{ "Sample events" }</h3>
                        <div class="field">
                            <label for="sample-select">{ "Sample event" }</label>
                            <select id="sample-select" onchange={on_sample_change}>
                                { for SAMPLES.iter().map(|s| html! { <option value={s.key} selected={*sample == s.key}>{ s.name }</option> }) }
                            </select>
                        </div>
                        <button type="button" class="button-small" onclick={on_open_sample}>{ "Open sample" }</button>
                    </div>
                    <div class="load-box drop-zone">
                        <h3>{ "Files" }</h3>
                        <label class="file-button button-small">
                            { "Open files…" }
                            <input type="file" multiple=true class="sr-only-input" accept=".txt,.md,.markdown,.html,.htm,.json,text/plain,text/html,application/json" onchange={on_files} />
                        </label>
                        <p class="field-help">{ "Or drop files here: .txt, .md, .html (the article text is taken out of the page), or a .json bundle. Several at once are fine." }</p>
                    </div>
                    <form class="load-box" onsubmit={on_url_submit}>
                        <h3>{ "Bundle from a web address" }</h3>
                        <label class="field">{ "Bundle URL" }
                            <input type="url" value={(*url).clone()} oninput={on_url_input} placeholder="https://…/bundle.json" autocomplete="off" />
                        </label>
                        <button type="submit" class="button-small">{ "Load bundle" }</button>
                    </form>
                    { super::earlier_workspaces::view(&earlier, &dispatch) }
                </div>
                <PasteForm editing={edited} {on_add} {on_save} {on_cancel} />
            </div>
        </section>
    }
}
