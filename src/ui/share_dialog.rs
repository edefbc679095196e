//! The share-link and embed-code dialog: the text to copy, a Copy button, and a file download
//! instead when the link would be too long.

use super::identity::same;
use super::share::{self, MAX_LINK_CHARS};
use super::state::{Action, Notice};
use super::web;
use crate::engine::bundle::Bundle;
use std::rc::Rc;
use yew::prelude::*;

/// Which dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareKind {
    /// A link carrying the bundle.
    Link,
    /// An iframe snippet for a course page.
    Embed,
}

/// Properties of [`ShareDialog`].
#[derive(Properties)]
pub struct ShareDialogProps {
    /// Which dialog.
    pub kind: ShareKind,
    /// The bundle to share (with corrections and notes).
    pub bundle: Rc<Bundle>,
    /// Where the workspace came from (`url:…` gives a shorter embed code).
    pub source: String,
    /// Close the dialog.
    pub on_close: Callback<()>,
}

impl PartialEq for ShareDialogProps {
    fn eq(&self, o: &ShareDialogProps) -> bool {
        self.kind == o.kind && same(&self.bundle, &o.bundle) && self.source == o.source && self.on_close == o.on_close
    }
}

/// A non-modal dialog with the text to copy.
#[component]
pub fn ShareDialog(props: &ShareDialogProps) -> Html {
    let ctx = use_context::<super::context::Shared>().expect("shared context");
    let copied = use_state(|| false);
    {
        let kind = props.kind;
        use_effect_with(kind, |_| {
            web::focus_id("share-text");
        });
    }
    let fragment = share::use_share_fragment(Some(props.bundle.clone()));
    let ready = fragment.is_some();
    let link = share::link_with(&web::app_url(), fragment.as_deref().unwrap_or_default());
    let too_long = link.chars().count() > MAX_LINK_CHARS;
    let (title, text) = match props.kind {
        ShareKind::Link => ("Share link", link.clone()),
        ShareKind::Embed => {
            let src = match props.source.strip_prefix("url:") {
                Some(url) => format!("{}?embed=1&bundle={}", web::app_url(), encode_component(url)),
                None => share::embed_url(&link),
            };
            ("Embed code", share::embed_snippet(&src, &props.bundle.event.title))
        }
    };
    let blocked = too_long && !(props.kind == ShareKind::Embed && props.source.starts_with("url:"));
    let on_copy = {
        let copied = copied.clone();
        let text = text.clone();
        Callback::from(move |_: MouseEvent| {
            web::copy_text(&text);
            copied.set(true);
        })
    };
    let on_download = {
        let bundle = props.bundle.clone();
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if let Err(e) =
                web::download(&super::web::file_name(&bundle, "bundle.json"), "application/json", &bundle.to_json())
            {
                dispatch.dispatch(Action::Notify(Notice::error(e)));
            }
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_close.emit(());
            }
        })
    };
    html! {
        <div class="share-dialog" role="dialog" aria-labelledby="share-title" {onkeydown}>
            <h2 id="share-title">{ title }</h2>
            if !ready {
                <p class="field-help" role="status">{ "Preparing the link…" }</p>
            } else if blocked {
                <p class="field-error" role="alert">{ format!("This bundle is too large for a link ({} characters; links longer than {MAX_LINK_CHARS} often break). Download the bundle file and share it instead, or put it on a web server and use ?bundle=URL.", link.chars().count()) }</p>
                <button type="button" class="button-primary" onclick={on_download}>{ "Download the bundle instead" }</button>
            } else {
                <p class="field-help">{ match props.kind {
                    ShareKind::Link => "The whole comparison travels inside the link (after the #), so no server stores it. Anyone who opens it gets their own copy.",
                    ShareKind::Embed => "Paste this into your course page (an HTML block) to show a compact, read-only comparison.",
                } }</p>
                <label class="field field-block">{ title }
                    <textarea id="share-text" readonly=true rows="4" value={text.clone()} />
                </label>
                <button type="button" class="button-primary" onclick={on_copy}>{ if *copied { "Copied" } else { "Copy" } }</button>
            }
            { " " }
            <button type="button" class="button-small" onclick={close}>{ "Close" }</button>
        </div>
    }
}

/// Percent-encodes a URL for use as a query value.
fn encode_component(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
