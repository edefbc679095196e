//! The claim matrix view: filters, the matrix, and the diff panel for the chosen claim.

use super::claim_matrix::ClaimMatrix;
use super::context::Shared;
use super::diff_panel::DiffPanel;
use super::state::{Action, Filter};
use yew::prelude::*;

/// Filters over the claim matrix, and the diff panel once a claim is chosen.
#[component]
pub fn ClaimsView() -> Html {
    let ctx = use_context::<Shared>().expect("the app provides the shared context");
    let chosen = use_state(|| None::<usize>);
    let report = &ctx.analysed.report;
    let total = ctx.analysed.bundle.articles.len();
    let filter = ctx.settings.filter;
    let filters = Filter::ALL.iter().map(|&f| {
        let n = report.claims.iter().filter(|c| f.keeps(c.articles.len(), total)).count();
        let onchange = ctx.dispatch.to_callback().reform(move |_: Event| Action::SetFilter(f));
        html! {
            <label class="filter">
                <input type="radio" name="claim-filter" checked={f == filter} {onchange} />
                { format!(" {} ({n})", f.label()) }
            </label>
        }
    });
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |id: usize| {
            chosen.set(Some(id));
            super::web::focus_id("diff-panel");
        })
    };
    let on_close = {
        let chosen = chosen.clone();
        Callback::from(move |_| chosen.set(None))
    };
    let claim = (*chosen).and_then(|id| report.claims.iter().find(|c| c.id == id).cloned());
    html! {
        <section class="claims-view" aria-label="Claim matrix">
            <p class="view-intro">{ "One row per claim, one column per article. A gap means the article does not report the claim, or reports it only in part (its sentence is then in another row); the place (headline, lead, paragraph) shows the emphasis it gets." }</p>
            <fieldset class="filters">
                <legend>{ "Show" }</legend>
                { for filters }
            </fieldset>
            if let Some(claim) = claim {
                <DiffPanel claim={std::rc::Rc::new(claim)} {on_close} />
            }
            <ClaimMatrix {filter} chosen={*chosen} {on_choose} />
        </section>
    }
}
