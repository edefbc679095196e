//! The glossary: what every signal means, with an example and why it matters. Every highlight
//! and every finding links here (through the inspector, the legend and the findings). The
//! entries are the engine's ([`crate::engine::framing::glossary`]), so the app and the
//! Markdown report explain the signals in the same words.

use super::context::{Goto, Shared};
use crate::engine::Kind;
use crate::engine::framing::glossary;
use yew::prelude::*;

/// The element id of a glossary entry.
pub fn anchor(id: &str) -> String {
    format!("glossary-{id}")
}

/// Every glossary entry, with the one asked for focused.
#[component]
pub fn GlossaryView() -> Html {
    let ctx = use_context::<Shared>().expect("the app provides the shared context");
    {
        use_effect_with(ctx.target.clone(), move |target| {
            if let Some((_, Goto::Glossary(id))) = target {
                super::web::focus_id(&anchor(id));
            }
        });
    }
    let focused = match &ctx.target {
        Some((_, Goto::Glossary(id))) => Some(*id),
        _ => None,
    };
    html! {
        <section class="glossary" aria-label="Glossary">
            <p class="view-intro">{ "Parallax marks differences, never a single bias score: each signal below is a reason to look closer, not a verdict." }</p>
            <dl class="glossary-list">
                { for glossary::all().iter().map(|e| html! {
                    <div class={classes!("glossary-entry", (focused == Some(e.id)).then_some("focused"))} id={anchor(e.id)} tabindex="-1">
                        <dt>
                            if Kind::ALL.iter().any(|k| k.name() == e.id) {
                                <span class={classes!("hl", format!("hl-{}", e.id), "swatch")} aria-hidden="true">{ "Abc" }</span>{ " " }
                            }
                            { e.title }
                            if !Kind::ALL.iter().any(|k| k.name() == e.id) {
                                <span class="glossary-tag">{ " (a kind of finding)" }</span>
                            }
                        </dt>
                        <dd>
                            <p>{ e.what }</p>
                            <p><strong>{ "Example: " }</strong>{ e.example }</p>
                            <p><strong>{ "Why it matters: " }</strong>{ e.why }</p>
                        </dd>
                    </div>
                }) }
            </dl>
            <p class="glossary-credits">
                { "Word lists: the reporting verbs, hedges, boosters, loaded terms, frame cues and source roles were written for Parallax. The loaded-word signal also uses an excerpt of the VADER sentiment lexicon 3.3.2 by C. J. Hutto, under the MIT licence (" }
                <a href="VADER-LICENSE.txt" target="_blank" rel="noopener">{ "VADER licence" }</a>
                { ")." }
            </p>
        </section>
    }
}
