//! The earlier workspaces: the ones a link, a file or a sample replaced, kept in the browser,
//! each with a button that puts it back as it was left, view settings included (the workspace
//! it replaces is kept in turn), and one that deletes it. A view
//! helper of the load panel, which holds whether the list is open (as a component of its own,
//! with the list in its state, it cost 2.5 KB of download).

use super::state::{Action, Workspace};
use super::storage::{self, Earlier};
use super::web::local_time;
use yew::prelude::*;

/// The button that opens the list, and the list (read from storage while it is open).
pub fn view(open: &UseStateHandle<bool>, dispatch: &UseReducerDispatcher<Workspace>) -> Html {
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let item = |Earlier { key, kept, workspace }: Earlier| {
        let when = local_time(kept);
        let b = &workspace.bundle;
        let title = if b.event.title.is_empty() { "Untitled event" } else { b.event.title.as_str() };
        let label = format!("Restore “{title}”, kept {when}");
        let delete = format!("Delete “{title}”, kept {when}");
        let text = format!("{title} · {} articles · kept {when} ", b.articles.len());
        let message = format!("Restored the earlier workspace “{title}”.");
        let on_restore = {
            let (dispatch, open, key) = (dispatch.clone(), open.clone(), key.clone());
            Callback::from(move |_: MouseEvent| {
                storage::forget(&key);
                open.set(false);
                dispatch.dispatch(Action::RestoreEarlier(workspace.clone(), message.clone()));
            })
        };
        // Deleting re-reads the list (setting the state, even to the same value, redraws it).
        let on_delete = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| {
                storage::forget(&key);
                open.set(true);
            })
        };
        html! {
            <li>
                { text }
                <button type="button" class="button-small" aria-label={label} onclick={on_restore}>{ "Restore" }</button>
                { " " }
                <button type="button" class="button-small" aria-label={delete} onclick={on_delete}>{ "Delete" }</button>
            </li>
        }
    };
    let list = if **open { storage::earlier() } else { Vec::new() };
    let empty = format!(
        "None yet: when a link, a file or a sample replaces your workspace, the one before is kept here ({} at most).",
        storage::EARLIER_MAX
    );
    html! {
        <div class="load-box">
            <button type="button" class="button-small" aria-expanded={open.to_string()} onclick={on_toggle}>{ "Earlier workspaces" }</button>
            if **open {
                <ul class="earlier-list">
                    if list.is_empty() {
                        <li>{ empty }</li>
                    }
                    { for list.into_iter().map(item) }
                </ul>
            }
        </div>
    }
}
