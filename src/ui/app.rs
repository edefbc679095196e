//! The root component: holds the workspace, derives the report, saves on every change.

use super::notice_bar::NoticeBar;
use super::paste_form::PasteForm;
use super::reader::Reader;
use super::samples;
use super::state::{Action, Notice, Workspace};
use super::storage::{self, Loaded};
use crate::engine::{self, Options};
use std::rc::Rc;
use yew::prelude::*;

/// The first workspace: the saved one, or the default sample.
fn initial_workspace() -> Workspace {
    match storage::load() {
        Loaded::Workspace(ws) => *ws,
        Loaded::Nothing => Workspace::with_bundle(samples::default_bundle()),
        Loaded::Unreadable(why) => {
            let mut ws = Workspace::with_bundle(samples::default_bundle());
            ws.notice = Some(Notice::error(format!(
                "The saved workspace could not be read ({why}); it was kept aside in the browser and the sample is shown instead."
            )));
            ws
        }
    }
}

/// The whole app.
#[component]
pub fn App() -> Html {
    let workspace = use_reducer(initial_workspace);
    let bundle = Rc::new(workspace.bundle.clone());
    let report = {
        let bundle = bundle.clone();
        use_memo(workspace.revision, move |_| engine::analyze(&bundle, &Options::default()))
    };
    {
        let workspace = workspace.clone();
        use_effect_with(workspace.revision, move |_| {
            if let Err(why) = storage::save(&workspace) {
                workspace.dispatch(Action::Notify(Notice::error(why)));
            }
        });
    }
    let on_add = {
        let workspace = workspace.clone();
        Callback::from(move |article| workspace.dispatch(Action::AddArticle(article)))
    };
    let on_remove = {
        let workspace = workspace.clone();
        Callback::from(move |id: String| workspace.dispatch(Action::RemoveArticle(id)))
    };
    let on_undo = {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::Undo))
    };
    let on_dismiss = {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::Dismiss))
    };
    let event = &workspace.bundle.event;
    html! {
        <>
            <header class="app-header">
                <h1 class="app-title">{ "Parallax" }</h1>
                <p class="app-tagline">{ "See how different outlets frame the same event." }</p>
            </header>
            <main id="main" class="app-main">
                <section class="event" aria-labelledby="event-title">
                    <h2 id="event-title">{ if event.title.is_empty() { "Untitled event".to_string() } else { event.title.clone() } }</h2>
                    if samples::is_constructed(&workspace.bundle) {
                        <p class="constructed-label"><strong>{ "Constructed for teaching: " }</strong>{ "the outlets are fictitious and the articles were written for this sample." }</p>
                    }
                    if !event.description.is_empty() {
                        <p class="event-description">{ event.description.clone() }</p>
                    }
                </section>
                <NoticeBar notice={workspace.notice.clone()} {on_undo} {on_dismiss} />
                <Reader bundle={bundle.clone()} report={report.clone()} {on_remove} />
                <PasteForm {on_add} />
            </main>
        </>
    }
}
