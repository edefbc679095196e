//! The tabs that switch between the views (arrow keys move between tabs, as in every tab list).

use super::state::View;
use yew::prelude::*;

/// Properties of [`ViewTabs`].
#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    /// The view on screen.
    pub current: View,
    /// Switch to a view.
    pub on_select: Callback<View>,
}

/// A tab list: Reader, Claim matrix, Framing, Findings, Glossary.
#[component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    let onkeydown = {
        let on_select = props.on_select.clone();
        let current = props.current;
        Callback::from(move |e: KeyboardEvent| {
            let k = View::ALL.iter().position(|v| *v == current).unwrap_or(0);
            let n = View::ALL.len();
            let to = match e.key().as_str() {
                "ArrowRight" => (k + 1) % n,
                "ArrowLeft" => (k + n - 1) % n,
                "Home" => 0,
                "End" => n - 1,
                _ => return,
            };
            e.prevent_default();
            on_select.emit(View::ALL[to]);
            super::web::focus_id(&format!("tab-{}", View::ALL[to].key()));
        })
    };
    html! {
        <div class="view-tabs" role="tablist" aria-label="Views" {onkeydown}>
            { for View::ALL.iter().map(|&v| {
                let selected = v == props.current;
                let onclick = props.on_select.reform(move |_: MouseEvent| v);
                html! {
                    <button type="button" role="tab" id={format!("tab-{}", v.key())} aria-selected={selected.to_string()}
                        aria-controls="views" tabindex={ if selected { "0" } else { "-1" } } class="view-tab" {onclick}>
                        { v.label() }
                    </button>
                }
            }) }
        </div>
    }
}
