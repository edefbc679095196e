//! The findings: the most telling differences, each one sentence linked to its evidence in the
//! reader.

use super::context::{Goto, Shared};
use super::inspector::unit_label;
use crate::engine::framing::glossary;
use crate::util::sorting;
use yew::prelude::*;

/// A place in one article: the sentence (`None` for the headline) and whether it stands for the
/// whole article.
pub type Place = (Option<usize>, bool);

/// Evidence links shown for one article of a finding before "show all": a coverage finding can
/// rest on every sentence of an article (15 in the sample event), and a long run of links
/// buries the next finding.
pub const EVIDENCE_SHOWN: usize = 5;

/// The `count` places of one article cited first by the finding (the engine cites the most
/// telling first), in reading order. `list` is in reading order, each place with the position
/// of its first citation.
pub fn first_cited(list: &[(Place, usize)], count: usize) -> Vec<Place> {
    let mut order: Vec<usize> = list.iter().map(|&(_, i)| i).collect();
    sorting::sort(&mut order);
    let cut = order.get(count.saturating_sub(1)).copied().unwrap_or(usize::MAX);
    list.iter().filter(|&&(_, i)| count > 0 && i <= cut).map(|&(p, _)| p).collect()
}

/// The ranked findings, or a clear note when the report has none.
#[component]
pub fn Findings() -> Html {
    let ctx = use_context::<Shared>().expect("the app provides the shared context");
    // The (finding, article) evidence lists opened in full.
    let opened = use_state(Vec::<(usize, usize)>::new);
    let report = &ctx.analysed.report;
    if report.findings.is_empty() {
        return html! {
            <section class="findings" aria-label="Findings">
                <p class="empty-state">{ "This report has no ranked findings. Use the claim matrix for what each article reports or leaves out, and the reader's highlights for wording." }</p>
            </section>
        };
    }
    let items = report.findings.iter().enumerate().map(|(n, f)| {
        let entry = glossary::by_id(f.signal.name());
        // Evidence grouped by article, in bundle order, each place once and in reading order;
        // the engine lists the most telling evidence first, and that order decides which
        // places are shown before "show all".
        let mut places: Vec<(usize, Option<usize>, bool, usize)> = f
            .evidence
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let k = ctx.analysed.bundle.articles.iter().position(|a| a.id == e.article)?;
                Some((k, if e.title { None } else { e.sentence }, !e.title && e.sentence.is_none(), i))
            })
            .collect();
        sorting::sort_by_key(&mut places, |&(k, s, whole, i)| (k, !whole, s.map_or(0, |s| s + 1), i));
        places.dedup_by(|x, y| (x.0, x.1, x.2) == (y.0, y.1, y.2));
        let mut groups: Vec<(usize, Vec<(Place, usize)>)> = Vec::new();
        for (k, s, whole, i) in places {
            match groups.last_mut() {
                Some((g, list)) if *g == k => list.push(((s, whole), i)),
                _ => groups.push((k, vec![((s, whole), i)])),
            }
        }
        let evidence = groups.into_iter().map(|(k, list)| {
            let name = ctx.names.get(k).cloned().unwrap_or_default();
            let article = ctx.analysed.bundle.articles[k].id.clone();
            let total = list.len();
            let open = opened.contains(&(n, k));
            let hidden = if open || total <= EVIDENCE_SHOWN + 1 { 0 } else { total - EVIDENCE_SHOWN };
            let toggle = (total > EVIDENCE_SHOWN + 1).then(|| {
                let opened = opened.clone();
                let onclick = Callback::from(move |_: MouseEvent| {
                    let mut now = (*opened).clone();
                    match now.iter().position(|x| *x == (n, k)) {
                        Some(i) => {
                            now.remove(i);
                        }
                        None => now.push((n, k)),
                    }
                    opened.set(now);
                });
                let text = if open { "show fewer".to_string() } else { format!("and {hidden} more") };
                html! { <>{ " " }<button type="button" class="button-link evidence-more" aria-expanded={if open { "true" } else { "false" }} aria-label={format!("{text} sentences of {name}")} {onclick}>{ text }</button></> }
            });
            let shown = first_cited(&list, total - hidden);
            let buttons = shown.into_iter().enumerate().map(|(n, (sentence, whole))| {
                let place = if whole { "whole article".to_string() } else { unit_label(sentence) };
                let goto = Goto::Unit { article: article.clone(), sentence };
                let onclick = ctx.on_goto.reform(move |_: MouseEvent| goto.clone());
                html! {
                    <>
                        if n > 0 { { ", " } }
                        <button type="button" class="button-link" aria-label={format!("Show evidence in the reader: {name}, {place}")} {onclick}>{ place }</button>
                    </>
                }
            });
            html! { <li><span class="evidence-article">{ format!("{name}: ") }</span>{ for buttons }{ for toggle }</li> }
        });
        let glossary = entry.map(|e| {
            let onclick = ctx.on_goto.reform(move |_: MouseEvent| Goto::Glossary(e.id));
            html! { <button type="button" class="button-link" {onclick}>{ format!("What is “{}”?", e.title) }</button> }
        });
        html! {
            <li class="finding">
                <p class="finding-text"><span class="finding-rank">{ format!("{}. ", n + 1) }</span>{ ctx.mask(&f.text) }</p>
                <p class="finding-signal">{ format!("Signal: {}", entry.map_or(f.signal.name(), |e| e.title)) }{ " " }{ for glossary }</p>
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
