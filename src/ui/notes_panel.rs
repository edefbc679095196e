//! The user's own notes on the comparison, saved with the workspace and exported with the bundle.

use super::state::Action;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Properties of [`NotesPanel`].
#[derive(Properties, PartialEq)]
pub struct NotesPanelProps {
    /// The notes.
    pub notes: String,
}

/// A text box for notes; saved when the user leaves it (and so on reload, export and share).
#[component]
pub fn NotesPanel(props: &NotesPanelProps) -> Html {
    let ctx = use_context::<super::context::Shared>().expect("shared context");
    let onchange = ctx.dispatch.to_callback().reform(|e: Event| {
        Action::SetNotes(e.target_dyn_into::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default())
    });
    html! {
        <section class="notes" aria-labelledby="notes-heading">
            <h2 id="notes-heading">{ "Your notes" }</h2>
            <label class="field field-block">{ "Notes on this comparison (saved in this browser and in exported bundles)" }
                <textarea rows="4" value={props.notes.clone()} {onchange} dir="auto" />
            </label>
        </section>
    }
}
