//! The form for pasting a new article (outlet, title, date, URL and body) or editing a loaded
//! one. Pasted web-page HTML becomes text with its paragraphs kept.

use super::import;
use crate::engine::bundle::Article;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Properties of [`PasteForm`].
#[derive(Properties, PartialEq)]
pub struct PasteFormProps {
    /// The article being edited, if any (otherwise the form adds a new one).
    #[prop_or_default]
    pub editing: Option<Rc<Article>>,
    /// Called with a new article when the form is submitted with a body.
    pub on_add: Callback<Article>,
    /// Called with the edited article.
    #[prop_or_default]
    pub on_save: Callback<Article>,
    /// Leave editing without saving.
    #[prop_or_default]
    pub on_cancel: Callback<()>,
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

impl Draft {
    fn of(a: &Article) -> Draft {
        Draft {
            outlet: a.outlet.clone(),
            title: a.title.clone(),
            date: a.date.clone(),
            url: a.url.clone(),
            text: a.text.clone(),
        }
    }
}

/// A form that adds or edits an article; it keeps what was typed when something is missing.
#[component]
pub fn PasteForm(props: &PasteFormProps) -> Html {
    let draft = use_state(Draft::default);
    let error = use_state(|| None::<String>);
    {
        let draft = draft.clone();
        let error = error.clone();
        use_effect_with(props.editing.clone(), move |editing| {
            draft.set(editing.as_deref().map(Draft::of).unwrap_or_default());
            error.set(None);
        });
    }
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
    // Web-page HTML on the clipboard becomes text with paragraphs, inserted at the cursor.
    let onpaste = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            #[cfg(target_arch = "wasm32")]
            {
                use wasm_bindgen::JsCast;
                let Some(ce) = e.dyn_ref::<web_sys::ClipboardEvent>() else { return };
                let Some(data) = ce.clipboard_data() else { return };
                let html = data.get_data("text/html").unwrap_or_default();
                if html.trim().is_empty() {
                    return;
                }
                let plain = data.get_data("text/plain").unwrap_or_default();
                let text = import::pasted_text(&plain, Some(&html));
                let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() else { return };
                e.prevent_default();
                let value = area.value();
                let chars: Vec<char> = value.chars().collect();
                let start = area.selection_start().ok().flatten().unwrap_or(chars.len() as u32) as usize;
                let end = area.selection_end().ok().flatten().unwrap_or(start as u32) as usize;
                let before: String = chars[..start.min(chars.len())].iter().collect();
                let after: String = chars[end.min(chars.len())..].iter().collect();
                let mut d = (*draft).clone();
                d.text = format!("{before}{text}{after}");
                area.set_value(&d.text);
                draft.set(d);
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (e, &draft);
        })
    };
    let onsubmit = {
        let draft = draft.clone();
        let error = error.clone();
        let on_add = props.on_add.clone();
        let on_save = props.on_save.clone();
        let editing = props.editing.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let d = (*draft).clone();
            if d.text.trim().is_empty() {
                error.set(Some("The article text is empty: paste the body of the article first.".into()));
                return;
            }
            let text = if super::html_text::looks_like_html(&d.text) {
                import::pasted_text(&d.text, None)
            } else {
                import::normalise_newlines(&d.text)
            };
            let outlet =
                if d.outlet.trim().is_empty() { "Pasted article".to_string() } else { d.outlet.trim().to_string() };
            let mut article = match &editing {
                Some(a) => (**a).clone(),
                None => Article::default(),
            };
            article.outlet = outlet;
            article.title = d.title.trim().to_string();
            article.date = d.date.trim().to_string();
            article.url = d.url.trim().to_string();
            article.text = text;
            if let Err(msg) = import::check_article(&article.outlet, &article) {
                error.set(Some(msg));
                return;
            }
            error.set(None);
            if editing.is_some() {
                on_save.emit(article);
            } else {
                on_add.emit(article);
                draft.set(Draft::default());
            }
        })
    };
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let heading = match &props.editing {
        Some(a) => format!("Edit “{}”", crate::engine::display_name(a)),
        None => "Paste an article".to_string(),
    };
    html! {
        <section class="paste" aria-labelledby="paste-heading">
            <h3 id="paste-heading" tabindex="-1">{ heading }</h3>
            <form class="paste-form" {onsubmit} novalidate=true>
                <div class="field-row">
                    <label class="field">{ "Outlet" }
                        <input type="text" name="outlet" value={draft.outlet.clone()} oninput={field(|d, v| d.outlet = v)} autocomplete="off" />
                    </label>
                    <label class="field field-wide">{ "Title" }
                        <input type="text" name="title" value={draft.title.clone()} oninput={field(|d, v| d.title = v)} autocomplete="off" dir="auto" />
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
                    <textarea name="text" rows="8" value={draft.text.clone()} oninput={field(|d, v| d.text = v)} {onpaste} dir="auto"
                        aria-describedby="paste-help" aria-invalid={ error.is_some().to_string() } />
                </label>
                <p id="paste-help" class="field-help">{ "Paste the body; leave a blank line between paragraphs. Text copied from a web page keeps its paragraphs." }</p>
                if let Some(msg) = &*error {
                    <p class="field-error" role="alert">{ msg.clone() }</p>
                }
                if props.editing.is_some() {
                    <button type="submit" class="button-primary">{ "Save changes" }</button>
                    { " " }
                    <button type="button" class="button-small" onclick={on_cancel}>{ "Cancel editing" }</button>
                } else {
                    <button type="submit" class="button-primary">{ "Add article" }</button>
                }
            </form>
        </section>
    }
}
