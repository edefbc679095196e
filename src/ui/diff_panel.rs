//! The diff panel for one claim: a word-level comparison of two of its versions, each change
//! marked by more than colour (struck through or underlined, with a text label) and classified
//! where the engine could (reporting verb, number, label…).

use super::context::Shared;
use super::inspector::unit_label;
use crate::engine::bundle::Bundle;
use crate::engine::report::{ChangeKind, Claim, DiffTag, UnitRef};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties of [`DiffPanel`].
#[derive(Properties, PartialEq)]
pub struct DiffPanelProps {
    /// The claim.
    pub claim: Rc<Claim>,
    /// Close the panel.
    pub on_close: Callback<()>,
}

/// A readable name for a kind of change.
pub fn change_label(c: ChangeKind) -> &'static str {
    match c {
        ChangeKind::ReportingVerb => "reporting verb changed",
        ChangeKind::Label => "label changed",
        ChangeKind::Hedge => "hedge added or removed",
        ChangeKind::Booster => "booster added or removed",
        ChangeKind::Number => "number changed",
        ChangeKind::Loaded => "evaluative word",
        ChangeKind::QuotationVsParaphrase => "quotation vs paraphrase",
        ChangeKind::Other => "wording changed",
    }
}

/// The string a unit's offsets refer to (the body, or the headline).
fn source<'a>(bundle: &'a Bundle, u: &UnitRef) -> &'a str {
    bundle
        .articles
        .iter()
        .find(|a| a.id == u.article)
        .map_or("", |a| if u.sentence.is_some() { &a.text } else { &a.title })
}

/// The byte span of a unit in its source string.
fn unit_span(bundle: &Bundle, report: &crate::engine::Report, u: &UnitRef) -> Option<(usize, usize)> {
    let k = bundle.articles.iter().position(|a| a.id == u.article)?;
    let a = report.articles.get(k)?;
    match u.sentence {
        Some(s) => a.sentences.get(s).map(|s| (s.start, s.end)),
        None => a.title.map(|t| (t.start, t.end)),
    }
}

/// One version of the claim with the words the other version lacks marked (struck through on
/// the first side, underlined on the second).
fn marked_version(text: &str, span: (usize, usize), ops: &[crate::engine::report::DiffOp], first: bool) -> Html {
    let mut out = Vec::new();
    let mut at = span.0;
    for op in ops {
        let r = if first { op.a } else { op.b };
        if r.start >= r.end || r.start < at {
            continue;
        }
        out.push(html! { { text.get(at..r.start).unwrap_or("").to_string() } });
        let piece = text.get(r.start..r.end).unwrap_or("").to_string();
        out.push(match (op.tag, first) {
            (DiffTag::Equal, _) => html! { { piece } },
            (_, true) => html! { <del>{ piece }</del> },
            (_, false) => html! { <ins>{ piece }</ins> },
        });
        at = r.end;
    }
    if at < span.1 {
        out.push(html! { { text.get(at..span.1).unwrap_or("").to_string() } });
    }
    html! { { for out } }
}

/// Word diff of two versions of a claim.
#[component]
pub fn DiffPanel(props: &DiffPanelProps) -> Html {
    let ctx = use_context::<Shared>().expect("the app provides the shared context");
    let pick = use_state(|| 0usize);
    {
        let pick = pick.clone();
        use_effect_with(props.claim.id, move |_| pick.set(0));
    }
    let bundle = &ctx.analysed.bundle;
    let claim = &props.claim;
    let label = |u: &UnitRef| format!("{}, {}", ctx.name_of(&u.article), unit_label(u.sentence));
    let close = props.on_close.reform(|_: MouseEvent| ());
    if claim.diffs.is_empty() {
        return html! {};
    }
    let k = (*pick).min(claim.diffs.len() - 1);
    let d = &claim.diffs[k];
    let (sa, sb) = (source(bundle, &d.a), source(bundle, &d.b));
    let onchange = {
        let pick = pick.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                pick.set(s.value().parse().unwrap_or(0));
            }
        })
    };
    let mut changes = 0;
    let pieces = d.ops.iter().map(|op| {
        let a = sa.get(op.a.start..op.a.end).unwrap_or("").to_string();
        let b = sb.get(op.b.start..op.b.end).unwrap_or("").to_string();
        let tag = op.change.map(|c| html! { <span class="change-tag">{ format!("[{}]", change_label(c)) }</span> });
        if op.tag != DiffTag::Equal {
            changes += 1;
        }
        match op.tag {
            DiffTag::Equal => html! { <span>{ a }{ " " }</span> },
            DiffTag::Delete => html! { <><del><span class="sr-only">{ "only in the first: " }</span>{ a }</del>{ for tag }{ " " }</> },
            DiffTag::Insert => html! { <><ins><span class="sr-only">{ "only in the second: " }</span>{ b }</ins>{ for tag }{ " " }</> },
            DiffTag::Replace => html! {
                <><del><span class="sr-only">{ "first has: " }</span>{ a }</del>{ " " }<ins><span class="sr-only">{ "second has: " }</span>{ b }</ins>{ for tag }{ " " }</>
            },
        }
    });
    let pieces: Vec<Html> = pieces.collect();
    let report = &ctx.analysed.report;
    let version_a = unit_span(bundle, report, &d.a).map(|span| marked_version(sa, span, &d.ops, true));
    let version_b = unit_span(bundle, report, &d.b).map(|span| marked_version(sb, span, &d.ops, false));
    html! {
        <section class="diff-panel" id="diff-panel" tabindex="-1" aria-labelledby="diff-heading">
            <div class="diff-head">
                <h3 id="diff-heading">{ format!("Wording of claim {}", claim.id + 1) }</h3>
                <button type="button" class="button-small button-quiet" onclick={close}>{ "Close the comparison" }</button>
            </div>
            if claim.diffs.len() > 1 {
                <label class="field">{ "Versions to compare" }
                    <select {onchange}>
                        { for claim.diffs.iter().enumerate().map(|(n, d)| html! {
                            <option value={n.to_string()} selected={n == k}>{ format!("{} ↔ {}", label(&d.a), label(&d.b)) }</option>
                        }) }
                    </select>
                </label>
            }
            <div class="diff-versions">
                <figure><figcaption>{ format!("First: {}", label(&d.a)) }</figcaption><blockquote dir="auto">{ for version_a }</blockquote></figure>
                <figure><figcaption>{ format!("Second: {}", label(&d.b)) }</figcaption><blockquote dir="auto">{ for version_b }</blockquote></figure>
            </div>
            <p class="diff-legend"><del>{ "struck through" }</del>{ ": only in the first · " }<ins>{ "underlined" }</ins>{ ": only in the second" }</p>
            <h4 class="diff-words-heading">{ "Word by word" }</h4>
            <p class="diff-words" dir="auto">{ for pieces }</p>
            if changes == 0 {
                <p>{ "The two versions use the same words." }</p>
            }
        </section>
    }
}
