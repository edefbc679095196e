//! The claim matrix (a synopsis): one row per claim, one column per article, the sentence in
//! each cell or a visible "not reported" gap, and where in the article it sits.

use super::context::Shared;
use super::state::Filter;
use crate::engine::export::unit_text;
use crate::engine::report::{Member, Place};
use yew::prelude::*;

/// Rows shown at first, and added by "Show more": enough to read, few enough to draw fast.
pub const PAGE_ROWS: usize = 120;

/// Properties of [`ClaimMatrix`].
#[derive(Properties, PartialEq)]
pub struct ClaimMatrixProps {
    /// Which claims to show.
    pub filter: Filter,
    /// The claim whose diff is open.
    pub chosen: Option<usize>,
    /// Open a claim's diff.
    pub on_choose: Callback<usize>,
}

/// Where a member sits: "Headline", "Lead", "¶ 4".
pub fn place_label(m: &Member) -> String {
    match m.place {
        Place::Headline => "Headline".into(),
        Place::Lead => "Lead".into(),
        Place::Body => format!("Paragraph {}", m.paragraph + 1),
    }
}

/// The matrix as a table.
#[component]
pub fn ClaimMatrix(props: &ClaimMatrixProps) -> Html {
    let ctx = use_context::<Shared>().expect("the app provides the shared context");
    let shown = use_state(|| PAGE_ROWS);
    let bundle = &ctx.analysed.bundle;
    let report = &ctx.analysed.report;
    let total = bundle.articles.len();
    let rows: Vec<_> = report.claims.iter().filter(|c| props.filter.keeps(c.articles.len(), total)).collect();
    if rows.is_empty() {
        return html! { <p class="empty-state">{ if report.claims.is_empty() { "There are no claims yet: add articles to compare." } else { "No claim matches this filter." } }</p> };
    }
    let head = bundle.articles.iter().enumerate().map(|(k, _)| {
        html! { <th scope="col">{ ctx.names.get(k).cloned().unwrap_or_default() }</th> }
    });
    let body = rows.iter().take(*shown).map(|c| {
        let cells = bundle.articles.iter().enumerate().map(|(k, a)| {
            let members: Vec<&Member> = c.members.iter().filter(|m| m.article == a.id).collect();
            if members.is_empty() {
                // An article with a sentence linked to some members but not to all reports the
                // claim in part (its sentence is in another row).
                let gap = if c.missing.contains(&a.id) { " not reported" } else { " in part, in another row" };
                return html! {
                    <td class="gap"><span class="gap-mark" aria-hidden="true">{ "—" }</span>{ gap }</td>
                };
            }
            let _ = k;
            html! {
                <td>
                    { for members.iter().map(|m| html! {
                        <p class="cell-unit">
                            <span class={classes!("place", format!("place-{}", m.place.name().to_ascii_lowercase()))}>{ place_label(m) }</span>
                            { " " }
                            <span dir="auto">{ unit_text(bundle, report, &m.unit()).to_string() }</span>
                        </p>
                    }) }
                </td>
            }
        });
        let id = c.id;
        let has_diff = !c.diffs.is_empty();
        let onclick = props.on_choose.reform(move |_: MouseEvent| id);
        let row_class = classes!((props.chosen == Some(id)).then_some("chosen"));
        html! {
            <tr class={row_class}>
                <th scope="row" class="claim-head">
                    <span class="claim-number">{ format!("Claim {}", c.id + 1) }</span>
                    <span class="claim-reach">{ format!("{} of {}", c.articles.len(), total) }</span>
                    if has_diff {
                        <button type="button" class="button-small" aria-label={format!("Compare wording of claim {}", c.id + 1)} {onclick}>{ "Compare wording" }</button>
                    }
                </th>
                { for cells }
            </tr>
        }
    });
    let more = rows.len().saturating_sub(*shown);
    let on_more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE_ROWS))
    };
    html! {
        <div class="matrix-wrap">
            <table class="matrix">
                <caption>{ format!("{} claims shown of {}", rows.len().min(*shown), report.claims.len()) }</caption>
                <thead><tr><th scope="col">{ "Claim" }</th>{ for head }</tr></thead>
                <tbody>{ for body }</tbody>
            </table>
            if more > 0 {
                <button type="button" class="button-small" onclick={on_more}>{ format!("Show {} more claims", more.min(PAGE_ROWS)) }</button>
            }
        </div>
    }
}
