//! The glossary: what every signal means, with an example and why it matters. Every highlight
//! links here (through the inspector and the legend).

use super::context::{Goto, Shared};
use super::glossary::{ENTRIES, anchor};
use yew::prelude::*;

/// Every glossary entry, with the one asked for focused.
#[component]
pub fn GlossaryView() -> Html {
    let ctx = use_context::<Shared>().expect("the app provides the shared context");
    {
        use_effect_with(ctx.target.clone(), move |target| {
            if let Some((_, Goto::Glossary(kind))) = target {
                super::web::focus_id(&anchor(*kind));
            }
        });
    }
    let focused = match &ctx.target {
        Some((_, Goto::Glossary(k))) => Some(*k),
        _ => None,
    };
    html! {
        <section class="glossary" aria-label="Glossary">
            <p class="view-intro">{ "Parallax marks differences, never a single bias score: each signal below is a reason to look closer, not a verdict." }</p>
            <dl class="glossary-list">
                { for ENTRIES.iter().map(|e| html! {
                    <div class={classes!("glossary-entry", (focused == Some(e.kind)).then_some("focused"))} id={anchor(e.kind)} tabindex="-1">
                        <dt><span class={classes!("hl", format!("hl-{}", e.kind.name()), "swatch")} aria-hidden="true">{ "Abc" }</span>{ " " }{ e.kind.label() }</dt>
                        <dd>
                            <p>{ e.meaning }</p>
                            <p><strong>{ "Example: " }</strong>{ e.example }</p>
                            <p><strong>{ "Why it matters: " }</strong>{ e.why }</p>
                        </dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
