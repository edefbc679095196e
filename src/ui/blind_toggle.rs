//! The blind-mode switch.

use yew::prelude::*;

/// Properties of [`BlindToggle`].
#[derive(Properties, PartialEq)]
pub struct BlindToggleProps {
    /// Blind mode on.
    pub blind: bool,
    /// Switch it.
    pub on_change: Callback<bool>,
}

/// The blind-mode switch: outlets become "Article A", "Article B"… until revealed.
#[component]
pub fn BlindToggle(props: &BlindToggleProps) -> Html {
    let onchange = {
        let blind = props.blind;
        props.on_change.reform(move |_: Event| !blind)
    };
    html! {
        <label class="blind-toggle">
            <input type="checkbox" checked={props.blind} {onchange} />
            { " Blind mode (hide outlet names)" }
        </label>
    }
}
