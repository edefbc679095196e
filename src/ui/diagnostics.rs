//! What the engine says about the input (an empty article, one article only, two identical
//! articles…), shown above the views.

use super::identity::same;
use crate::engine::Report;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Diagnostics`].
#[derive(Properties)]
pub struct DiagnosticsProps {
    /// The report.
    pub report: Rc<Report>,
}

impl PartialEq for DiagnosticsProps {
    fn eq(&self, o: &DiagnosticsProps) -> bool {
        same(&self.report, &o.report)
    }
}

/// A short list of notes about the input; nothing when there are none.
#[component]
pub fn Diagnostics(props: &DiagnosticsProps) -> Html {
    let ctx = use_context::<super::context::Shared>();
    if props.report.diagnostics.is_empty() {
        return html! {};
    }
    let mask = |t: &str| ctx.as_ref().map_or_else(|| t.to_string(), |c| c.mask(t));
    html! {
        <section class="diagnostics" aria-label="Notes about the input">
            <ul>
                { for props.report.diagnostics.iter().map(|d| html! { <li><span aria-hidden="true">{ "ℹ " }</span>{ mask(&d.message) }</li> }) }
            </ul>
        </section>
    }
}
