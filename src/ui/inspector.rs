//! The inspector beside the reader: the selected sentence, every highlight in it with its note
//! and a way to its glossary entry, its counterparts in the other articles, and the
//! corrections (link, unlink, put back page furniture).

use super::context::{Goto, Shared};
use super::links::{Counterpart, Key};
use super::state::Action;
use crate::engine::bundle::{Correction, CorrectionAction, SentenceRef};
use crate::engine::export::unit_text;
use crate::engine::report::UnitRef;
use crate::util::decimal::fixed;
use crate::util::sorting;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Inspector`].
#[derive(Properties, PartialEq)]
pub struct InspectorProps {
    /// The selected unit.
    pub selected: Option<Key>,
    /// Its counterparts.
    pub counterparts: Rc<Vec<Counterpart>>,
    /// The sentence waiting to be linked, if the user started linking.
    pub linking: Option<SentenceRef>,
    /// Start (or cancel, with `None`) linking from a sentence.
    pub on_start_link: Callback<Option<SentenceRef>>,
    /// Select another unit.
    pub on_select: Callback<Key>,
}

/// "Sentence 3" or "Headline".
pub fn unit_label(sentence: Option<usize>) -> String {
    sentence.map_or_else(|| "headline".to_string(), |s| format!("sentence {}", s + 1))
}

/// Details of the selected sentence.
#[component]
pub fn Inspector(props: &InspectorProps) -> Html {
    let ctx = use_context::<Shared>().expect("the app provides the shared context");
    let bundle = &ctx.analysed.bundle;
    let report = &ctx.analysed.report;
    let Some((k, unit)) = props.selected else {
        return html! {
            <aside class="inspector" aria-label="Selected sentence">
                <h3>{ "Selected sentence" }</h3>
                <p class="inspector-empty">{ "Select a sentence — click it, or move to it with Tab and press Enter — to see why it is highlighted, where the other articles report the same claim, and to correct a link." }</p>
            </aside>
        };
    };
    let Some(article) = bundle.articles.get(k) else { return html! {} };
    let name = ctx.names.get(k).cloned().unwrap_or_default();
    let unit_ref = |k: usize, s: Option<usize>| UnitRef {
        article: bundle.articles.get(k).map(|a| a.id.clone()).unwrap_or_default(),
        sentence: s,
        title: s.is_none(),
    };
    let text = unit_text(bundle, report, &unit_ref(k, unit)).to_string();
    let span = match unit {
        Some(s) => report.articles.get(k).and_then(|a| a.sentences.get(s)).map(|s| (s.start, s.end, s.boilerplate)),
        None => report.articles.get(k).and_then(|a| a.title).map(|t| (t.start, t.end, false)),
    };
    let (start, end, furniture) = span.unwrap_or((0, 0, false));
    let source = if unit.is_some() { &article.text } else { &article.title };
    let highlights: Vec<_> = report
        .highlights
        .iter()
        .filter(|h| h.article == article.id && h.title == unit.is_none() && h.start < end && h.end > start)
        .collect();
    // Kinds switched off in the reader are still explained here, after the ones on screen.
    let mut highlights = highlights;
    sorting::sort_by_key(&mut highlights, |h| ctx.settings.hidden.contains(&h.kind));
    let restored = unit.is_some_and(|s| ctx.restored.iter().any(|r| r.article == article.id && r.sentence == s));
    let hl_items = highlights.iter().map(|h| {
        let kind = h.kind;
        let words = source.get(h.start..h.end).unwrap_or("").to_string();
        let on_glossary = ctx.on_goto.reform(move |_: MouseEvent| Goto::Glossary(kind.name()));
        html! {
            <li class="inspector-highlight">
                <span class={classes!("hl", format!("hl-{}", kind.name()), "swatch")}>{ kind.label() }</span>
                if let Some(c) = &h.class {
                    <span class="hl-class">{ format!(" ({c})") }</span>
                }
                <q dir="auto">{ words }</q>
                <p class="hl-note">{ ctx.mask(&h.note) }</p>
                <button type="button" class="button-link" onclick={on_glossary}>{ format!("What is “{}”?", kind.label()) }</button>
            </li>
        }
    });
    let editable = !ctx.embed;
    let cps = props.counterparts.iter().map(|c| {
        let (ok, os) = c.key;
        let other = unit_text(bundle, report, &unit_ref(ok, os)).to_string();
        let other_name = ctx.names.get(ok).cloned().unwrap_or_default();
        let on_go = props.on_select.reform(move |_: MouseEvent| (ok, os));
        let unlink = match (unit, os) {
            (Some(s), Some(o)) if editable => {
                let correction = Correction {
                    action: CorrectionAction::Unlink,
                    a: SentenceRef { article: article.id.clone(), sentence: s },
                    b: SentenceRef { article: bundle.articles[ok].id.clone(), sentence: o },
                };
                let onclick = ctx.dispatch.to_callback().reform(move |_: MouseEvent| Action::Correct(correction.clone()));
                Some(html! {
                    <button type="button" class="button-small" aria-label={format!("Unlink from {other_name}, {}", unit_label(os))} {onclick}>{ "Unlink" }</button>
                })
            }
            _ => None,
        };
        html! {
            <li class="counterpart">
                <button type="button" class="button-link counterpart-go" onclick={on_go}>
                    <strong>{ format!("{other_name}, {}", unit_label(os)) }</strong>
                </button>
                <span class="counterpart-score">{ if c.manual { " · linked by you".to_string() } else { format!(" · match {}%", fixed(c.score * 100.0, 0)) } }</span>
                <q dir="auto">{ other }</q>
                { for unlink }
            </li>
        }
    });
    let link_button = match unit {
        Some(s) if editable && !furniture => {
            let me = SentenceRef { article: article.id.clone(), sentence: s };
            if props.linking.as_ref() == Some(&me) {
                let onclick = props.on_start_link.reform(|_: MouseEvent| None);
                html! { <button type="button" class="button-small" {onclick}>{ "Cancel linking" }</button> }
            } else {
                let onclick = props.on_start_link.reform(move |_: MouseEvent| Some(me.clone()));
                html! { <button type="button" class="button-small" {onclick}>{ "Link to a sentence in another article…" }</button> }
            }
        }
        _ => html! {},
    };
    let furniture_button = match unit {
        Some(s) if editable && (furniture || restored) => {
            let r = SentenceRef { article: article.id.clone(), sentence: s };
            if furniture {
                let onclick = ctx.dispatch.to_callback().reform(move |_: MouseEvent| Action::Restore(r.clone()));
                html! { <button type="button" class="button-small" {onclick}>{ "Put back into the analysis" }</button> }
            } else {
                let onclick = ctx.dispatch.to_callback().reform(move |_: MouseEvent| Action::SetAside(r.clone()));
                html! { <button type="button" class="button-small" {onclick}>{ "Set aside as page furniture" }</button> }
            }
        }
        _ => html! {},
    };
    html! {
        <aside class="inspector" aria-label="Selected sentence">
            <h3>{ format!("{name}, {}", unit_label(unit)) }</h3>
            <blockquote class="inspector-text" dir="auto">{ text }</blockquote>
            if furniture {
                <p class="inspector-furniture">{ "This looks like page furniture, so it is left out of the comparison." }</p>
            }
            <h4>{ format!("Highlights ({})", highlights.len()) }</h4>
            if highlights.is_empty() {
                <p>{ "Nothing is highlighted in this sentence." }</p>
            } else {
                <ul class="inspector-list">{ for hl_items }</ul>
            }
            <h4>{ format!("Same claim elsewhere ({})", props.counterparts.len()) }</h4>
            if props.counterparts.is_empty() {
                <p>{ "No other article reports this claim (or the link was missed: link it by hand)." }</p>
            } else {
                <ul class="inspector-list">{ for cps }</ul>
            }
            <div class="inspector-actions">{ link_button }{ furniture_button }</div>
        </aside>
    }
}
