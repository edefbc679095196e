//! A one-line message above the reader, with Undo where something can be put back.

use super::state::Notice;
use yew::prelude::*;

/// Properties of [`NoticeBar`].
#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    /// The message, if any.
    pub notice: Option<Notice>,
    /// Put back what was removed.
    pub on_undo: Callback<()>,
    /// Hide the message.
    pub on_dismiss: Callback<()>,
}

/// Shows the current notice; errors are announced as alerts, confirmations politely.
#[component]
pub fn NoticeBar(props: &NoticeBarProps) -> Html {
    let Some(notice) = &props.notice else {
        return html! { <div class="notice-slot" role="status" aria-live="polite"></div> };
    };
    let on_undo = props.on_undo.reform(|_: MouseEvent| ());
    let on_dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    let class = classes!("notice", notice.error.then_some("notice-error"));
    html! {
        <div class="notice-slot" role={ if notice.error { "alert" } else { "status" } } aria-live={ if notice.error { "assertive" } else { "polite" } }>
            <div {class}>
                <span class="notice-text">{ notice.text.clone() }</span>
                if notice.undo.is_some() {
                    <button type="button" class="button-small" onclick={on_undo}>{ "Undo" }</button>
                }
                <button type="button" class="button-small button-quiet" aria-label="Dismiss message" onclick={on_dismiss}>{ "×" }</button>
            </div>
        </div>
    }
}
