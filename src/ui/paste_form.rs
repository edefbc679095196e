//! The form for pasting a new article: outlet, title, date, URL and body.

use crate::engine::bundle::Article;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Properties of [`PasteForm`].
#[derive(Properties, PartialEq)]
pub struct PasteFormProps {
    /// Called with the new article when the form is submitted with a body.
    pub on_add: Callback<Article>,
}

/// The fields being typed, kept here until the article is added.
#[derive(Clone, Default, PartialEq)]
struct Draft {
    outlet: String,
    title: String,
    date: String,
    url: String,
    text: String,
}

/// A form that adds an article; it keeps what was typed if the body is missing.
#[component]
pub fn PasteForm(props: &PasteFormProps) -> Html {
    let draft = use_state(Draft::default);
    let error = use_state(|| None::<String>);
    let field = |set: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_dyn_into::<HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|| e.target_dyn_into::<HtmlTextAreaElement>().map(|t| t.value()))
                .unwrap_or_default();
            let mut d = (*draft).clone();
            set(&mut d, value);
            draft.set(d);
        })
    };
    let onsubmit = {
        let draft = draft.clone();
        let error = error.clone();
        let on_add = props.on_add.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let d = (*draft).clone();
            if d.text.trim().is_empty() {
                error.set(Some("The article text is empty: paste the body of the article first.".into()));
                return;
            }
            error.set(None);
            let outlet =
                if d.outlet.trim().is_empty() { "Pasted article".to_string() } else { d.outlet.trim().to_string() };
            on_add.emit(Article {
                id: String::new(),
                outlet,
                title: d.title.trim().to_string(),
                date: d.date.trim().to_string(),
                url: d.url.trim().to_string(),
                text: d.text.clone(),
                ..Article::default()
            });
            draft.set(Draft::default());
        })
    };
    html! {
        <section class="paste" aria-labelledby="paste-heading">
            <h2 id="paste-heading">{ "Add an article" }</h2>
            <form class="paste-form" {onsubmit} novalidate=true>
                <div class="field-row">
                    <label class="field">{ "Outlet" }
                        <input type="text" name="outlet" value={draft.outlet.clone()} oninput={field(|d, v| d.outlet = v)} autocomplete="off" />
                    </label>
                    <label class="field field-wide">{ "Title" }
                        <input type="text" name="title" value={draft.title.clone()} oninput={field(|d, v| d.title = v)} autocomplete="off" />
                    </label>
                </div>
                <div class="field-row">
                    <label class="field">{ "Date" }
                        <input type="text" name="date" placeholder="YYYY-MM-DD" value={draft.date.clone()} oninput={field(|d, v| d.date = v)} autocomplete="off" />
                    </label>
                    <label class="field field-wide">{ "URL" }
                        <input type="url" name="url" value={draft.url.clone()} oninput={field(|d, v| d.url = v)} autocomplete="off" />
                    </label>
                </div>
                <label class="field field-block">{ "Article text" }
                    <textarea name="text" rows="8" value={draft.text.clone()} oninput={field(|d, v| d.text = v)}
                        aria-describedby="paste-help" aria-invalid={ error.is_some().to_string() } />
                </label>
                <p id="paste-help" class="field-help">{ "Paste the body; leave a blank line between paragraphs." }</p>
                if let Some(msg) = &*error {
                    <p class="field-error" role="alert">{ msg.clone() }</p>
                }
                <button type="submit" class="button-primary">{ "Add article" }</button>
            </form>
        </section>
    }
}
