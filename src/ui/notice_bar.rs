//! A message above the views, with Undo (or Download) where something can be put back or saved.

use super::state::{Notice, NoticeAction};
use yew::prelude::*;

/// Properties of [`NoticeBar`].
#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    /// The message, if any.
    pub notice: Option<Notice>,
    /// Run the notice's action (Undo, Download).
    pub on_action: Callback<()>,
    /// Hide the message.
    pub on_dismiss: Callback<()>,
}

/// Shows the current notice; errors are announced as alerts, confirmations politely.
#[component]
pub fn NoticeBar(props: &NoticeBarProps) -> Html {
    let Some(notice) = &props.notice else {
        return html! { <div class="notice-slot" role="status" aria-live="polite"></div> };
    };
    let on_action = props.on_action.reform(|_: MouseEvent| ());
    let on_dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    let class = classes!("notice", notice.error.then_some("notice-error"));
    let action = match &notice.action {
        Some(NoticeAction::Undo(_)) => Some("Undo"),
        Some(NoticeAction::DownloadBundle) => Some("Download the bundle"),
        Some(NoticeAction::CancelLoading) => Some("Cancel"),
        Some(NoticeAction::Analyse) => Some("Analyse it"),
        None => None,
    };
    html! {
        // A problem, or a change that can be undone, stays in view while the page scrolls: it
        // may come from far down the page (the notes when the browser's storage is full, a link
        // made in the inspector); a plain confirmation stays put.
        <div class={classes!("notice-slot", (notice.error || action.is_some()).then_some("notice-slot-pinned"))} role={ if notice.error { "alert" } else { "status" } } aria-live={ if notice.error { "assertive" } else { "polite" } }>
            <div {class}>
                <span class="notice-icon" aria-hidden="true">{ if notice.error { "⚠" } else { "✓" } }</span>
                <div class="notice-body">
                    <span class="notice-text">{ notice.text.clone() }</span>
                    if !notice.details.is_empty() {
                        <ul class="notice-details">
                            { for notice.details.iter().map(|d| html! { <li>{ d.clone() }</li> }) }
                        </ul>
                    }
                </div>
                if let Some(label) = action {
                    <button type="button" class="button-small" onclick={on_action}>{ label }</button>
                }
                <button type="button" class="button-small button-quiet" aria-label="Dismiss message" onclick={on_dismiss}>{ "×" }</button>
            </div>
        </div>
    }
}
