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
/// What the user types is kept in the panel until then, so that a redraw of the page while
/// they type (an analysis finishing, a notice) does not put the saved text back over it.
#[component]
pub fn NotesPanel(props: &NotesPanelProps) -> Html {
    let ctx = use_context::<super::context::Shared>().expect("shared context");
    let draft = use_state(|| props.notes.clone());
    {
        // Notes that change from outside (a bundle opened, an undo) replace the draft.
        let draft = draft.clone();
        use_effect_with(props.notes.clone(), move |notes| draft.set(notes.clone()));
    }
    let text_of = |e: &Event| e.target_dyn_into::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default();
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| draft.set(text_of(&e)))
    };
    let onchange = ctx.dispatch.to_callback().reform(move |e: Event| Action::SetNotes(text_of(&e)));
    html! {
        <section class="notes" aria-labelledby="notes-heading">
            <h2 id="notes-heading">{ "Your notes" }</h2>
            <label class="field field-block">{ "Notes on this comparison (saved in this browser and in exported bundles)" }
                <textarea rows="4" value={(*draft).clone()} {oninput} {onchange} dir="auto" />
            </label>
        </section>
    }
}
