//! The findings: the most telling differences, each one sentence linked to its evidence in the
//! reader.

use super::context::{Goto, Shared};
use super::inspector::unit_label;
use crate::engine::framing::glossary;
use yew::prelude::*;

/// The ranked findings, or a clear note when the report has none.
#[component]
pub fn Findings() -> Html {
    let ctx = use_context::<Shared>().expect("the app provides the shared context");
    let report = &ctx.analysed.report;
    if report.findings.is_empty() {
        return html! {
            <section class="findings" aria-label="Findings">
                <p class="empty-state">{ "This report has no ranked findings. Use the claim matrix for what each article reports or leaves out, and the reader's highlights for wording." }</p>
            </section>
        };
    }
    let items = report.findings.iter().enumerate().map(|(n, f)| {
        let entry = glossary::by_id(&f.signal);
        let evidence = f.evidence.iter().map(|e| {
            let goto = Goto::Unit { article: e.article.clone(), sentence: if e.title { None } else { e.sentence } };
            let label = format!("{}, {}", ctx.name_of(&e.article), if e.sentence.is_none() && !e.title { "whole article".to_string() } else { unit_label(if e.title { None } else { e.sentence }) });
            let onclick = ctx.on_goto.reform(move |_: MouseEvent| goto.clone());
            html! { <li><button type="button" class="button-link" aria-label={format!("Show evidence in the reader: {label}")} {onclick}>{ label }</button></li> }
        });
        let glossary = entry.map(|e| {
            let onclick = ctx.on_goto.reform(move |_: MouseEvent| Goto::Glossary(e.id));
            html! { <button type="button" class="button-link" {onclick}>{ format!("What is “{}”?", e.title) }</button> }
        });
        html! {
            <li class="finding">
                <p class="finding-text"><span class="finding-rank">{ format!("{}. ", n + 1) }</span>{ ctx.mask(&f.text) }</p>
                <p class="finding-signal">{ format!("Signal: {}", entry.map_or(f.signal.as_str(), |e| e.title)) }{ " " }{ for glossary }</p>
                if !f.evidence.is_empty() {
                    <ul class="finding-evidence" aria-label="Evidence">{ for evidence }</ul>
                }
            </li>
        }
    });
    html! {
        <section class="findings" aria-label="Findings">
            <p class="view-intro">{ "The most telling differences first. Each one links to the sentences it rests on." }</p>
            <ol class="finding-list">{ for items }</ol>
        </section>
    }
}
