//! The legend of the reader's highlights, which is also the switch for each signal: one
//! checkbox per kind found, showing the mark it uses (a line style, not only a colour).

use super::context::{Goto, Shared};
use super::state::Action;
use crate::engine::Kind;
use crate::util::sorted::SortedMap;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`SignalLegend`].
#[derive(Properties, PartialEq)]
pub struct SignalLegendProps {
    /// Highlights per kind in the report.
    pub counts: Rc<SortedMap<Kind, usize>>,
    /// Kinds switched off.
    pub hidden: Rc<Vec<Kind>>,
}

/// Checkboxes with samples of each mark; kinds not found are listed in one line.
#[component]
pub fn SignalLegend(props: &SignalLegendProps) -> Html {
    let ctx = use_context::<Shared>().expect("the app provides the shared context");
    let found: Vec<(Kind, usize)> =
        Kind::ALL.iter().filter_map(|k| props.counts.get(k).filter(|&&n| n > 0).map(|&n| (*k, n))).collect();
    let missing: Vec<&str> = Kind::ALL.iter().filter(|k| !props.counts.contains_key(k)).map(|k| k.label()).collect();
    let items = found.iter().map(|&(kind, n)| {
        let onchange = ctx.dispatch.to_callback().reform(move |_: Event| Action::ToggleKind(kind));
        let checked = !props.hidden.contains(&kind);
        html! {
            <label class="legend-item">
                <input type="checkbox" {checked} {onchange} />
                <span class={classes!("hl", format!("hl-{}", kind.name()), "swatch")} aria-hidden="true">{ "Abc" }</span>
                { format!(" {} ({n})", kind.label()) }
            </label>
        }
    });
    let on_glossary = ctx.on_goto.reform(|_: MouseEvent| Goto::Glossary(Kind::Changed.name()));
    html! {
        <fieldset class="legend">
            <legend>{ "Highlights — legend and switches" }</legend>
            <div class="legend-items">{ for items }</div>
            if !missing.is_empty() {
                <p class="legend-missing">{ format!("Not found in these articles: {}.", missing.join(", ")) }</p>
            }
            <button type="button" class="button-link" onclick={on_glossary}>{ "What do the signals mean? Open the glossary" }</button>
        </fieldset>
    }
}
