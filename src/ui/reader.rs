//! The side-by-side reader: one column per article; hovering or focusing a sentence lights up
//! its counterparts in the other columns and scrolls them into view; selecting it opens the
//! inspector (highlights, glossary, links and corrections).

use super::article_column::{ArticleColumn, PARAGRAPH_FIRST, PARAGRAPH_STEP, Unit};
use super::context::{Goto, Shared};
use super::inspector::Inspector;
use super::links::{Key, article_indices, link_map};
use super::signal_legend::SignalLegend;
use super::state::Action;
use crate::engine::bundle::{Correction, CorrectionAction, SentenceRef};
use crate::util::sorted::SortedMap;

use crate::engine::{Highlight, Kind, Report};
use std::rc::Rc;
use yew::prelude::*;

/// Number of highlights of each kind in a report.
pub fn kind_counts(report: &Report) -> SortedMap<Kind, usize> {
    let mut out = SortedMap::new();
    for h in &report.highlights {
        *out.entry(h.kind).or_default() += 1;
    }
    out
}

/// Scrolls the first lit unit of every column other than `except` into view inside its
/// column (the page itself does not jump).
fn scroll_lit(columns: usize, except: Option<usize>, selected: Option<Key>) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let doc = gloo::utils::document();
        for k in 0..columns {
            if Some(k) == except {
                continue;
            }
            let Some(body) = doc.get_element_by_id(&format!("col-{k}-body")) else { continue };
            let query = match selected {
                Some((sk, Some(s))) if sk == k => format!("[data-s=\"{s}\"]"),
                _ => ".lit".to_string(),
            };
            let Ok(Some(el)) = body.query_selector(&query) else { continue };
            let (Ok(body), Ok(el)) = (body.dyn_into::<web_sys::HtmlElement>(), el.dyn_into::<web_sys::HtmlElement>())
            else {
                continue;
            };
            let top = el.offset_top();
            let view = body.scroll_top();
            let height = body.client_height();
            if top < view || top + el.offset_height() > view + height {
                body.set_scroll_top((top - height / 3).max(0));
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (columns, except, selected);
}

/// Articles side by side, with signal toggles, a legend and the inspector.
#[component]
pub fn Reader() -> Html {
    let ctx = use_context::<Shared>().expect("the app provides the shared context");
    let bundle = ctx.analysed.bundle.clone();
    // Compared on every set, so that moving within one sentence does not redraw.
    let active = use_state_eq(|| None::<Key>);
    let selected = use_state(|| None::<Key>);
    let linking = use_state(|| None::<SentenceRef>);

    // Keyed by the analysis, which compares by identity (a report compares by content).
    let links = use_memo(ctx.analysed.clone(), |a| {
        let report = &a.report;
        let ids = article_indices(report);
        link_map(report, &ids)
    });
    let hidden = ctx.settings.hidden.clone();
    let per_article = use_memo((ctx.analysed.clone(), hidden.clone()), |(a, hidden)| {
        let report = &a.report;
        let mut out: Vec<Vec<Highlight>> = vec![Vec::new(); report.articles.len()];
        let ids = article_indices(report);
        for h in &report.highlights {
            if hidden.contains(&h.kind) {
                continue;
            }
            if let Some(&k) = ids.get(h.article.as_str()) {
                out[k as usize].push(h.clone());
            }
        }
        out.into_iter().map(Rc::new).collect::<Vec<_>>()
    });
    let counts = use_memo(ctx.analysed.clone(), |a| kind_counts(&a.report));
    // One `Rc` per article and its analysis for as long as the analysis lasts: the columns
    // compare them by identity on every redraw.
    let columns_data = use_memo(ctx.analysed.clone(), |a| {
        let articles = a.bundle.articles.iter().enumerate();
        articles
            .map(|(k, art)| (Rc::new(art.clone()), Rc::new(a.report.articles.get(k).cloned().unwrap_or_default())))
            .collect::<Vec<_>>()
    });

    // A place asked for elsewhere (a finding's evidence): select it.
    {
        let selected = selected.clone();
        let active = active.clone();
        let bundle = bundle.clone();
        use_effect_with(ctx.target.clone(), move |target| {
            if let Some((_, Goto::Unit { article, sentence })) = target
                && let Some(k) = bundle.articles.iter().position(|a| &a.id == article)
            {
                selected.set(Some((k, *sentence)));
                active.set(Some((k, *sentence)));
                // The sentence itself takes the focus, which scrolls it into view in its column;
                // the column is the fallback when the sentence is hidden (page furniture).
                if !super::web::focus_id(&super::paragraph::unit_id(k, *sentence)) {
                    super::web::focus_id(&format!("col-{k}"));
                }
            }
        });
    }
    // Scroll the counterparts into view whenever the active unit changes.
    {
        let n = bundle.articles.len();
        use_effect_with(((*active), (*selected)), move |(active, selected)| {
            if let Some((k, _)) = active.or(*selected) {
                scroll_lit(n, Some(k), None);
            }
            if let Some((k, _)) = selected {
                scroll_lit(n, None, Some((*k, selected.and_then(|s| s.1))));
            }
        });
    }

    // Large bundles are drawn progressively: a few paragraphs of every column first, then one
    // column at a time, a step per task, round and round until every column is complete (the
    // steps of all columns at once would make one long task of them).
    let progressive =
        use_memo(ctx.analysed.clone(), |a| super::analysis::text_bytes(&a.bundle) > super::analysis::SYNC_LIMIT_BYTES);
    let drawn = use_state(|| (u64::MAX, Vec::<usize>::new()));
    let totals: Vec<usize> = columns_data.iter().map(|(_, a)| a.paragraphs.len()).collect();
    let shown: Vec<usize> = match &*drawn {
        (revision, counts) if *revision == ctx.analysed.revision && counts.len() == totals.len() => counts.clone(),
        _ => vec![if *progressive { PARAGRAPH_FIRST } else { usize::MAX }; totals.len()],
    };
    {
        let drawn = drawn.clone();
        use_effect_with((ctx.analysed.revision, shown.clone()), move |(revision, now)| {
            // The column with the fewest paragraphs drawn grows next.
            let next = (0..totals.len()).filter(|&k| now[k] < totals[k]).min_by_key(|&k| (now[k], k));
            let timer = next.map(|k| {
                let mut grown = now.clone();
                grown[k] = grown[k].saturating_add(PARAGRAPH_STEP);
                let revision = *revision;
                gloo::timers::callback::Timeout::new(0, move || drawn.set((revision, grown)))
            });
            move || drop(timer)
        });
    }

    if bundle.articles.is_empty() {
        return html! {
            <section class="reader reader-empty" aria-label="Articles">
                <p>{ "No articles yet. Add one above (paste, open files, or pick a sample)." }</p>
            </section>
        };
    }

    let focus = (*active).or(*selected);
    let lit_in = |k: usize| -> Rc<Vec<Unit>> {
        let Some(f) = focus else { return Rc::default() };
        Rc::new(links.get(&f).map(|v| v.iter().filter(|c| c.key.0 == k).map(|c| c.key.1).collect()).unwrap_or_default())
    };
    // The callbacks stay the same between redraws (the columns compare them).
    let on_hover = {
        let active = active.clone();
        use_callback((), move |key: Key, _| active.set(Some(key)))
    };
    let on_activate = {
        let selected = selected.clone();
        let linking_now = linking.clone();
        let dispatch = ctx.dispatch.clone();
        let bundle = bundle.clone();
        let read_only = ctx.embed;
        use_callback(((*linking).clone(), ctx.analysed.revision, read_only), move |key: Key, (linking, _, _)| {
            if let (Some(from), (k, Some(s))) = (linking.clone(), key)
                && !read_only
                && let Some(to) = bundle.articles.get(k)
            {
                if to.id != from.article {
                    dispatch.dispatch(Action::Correct(Correction {
                        action: CorrectionAction::Link,
                        a: from,
                        b: SentenceRef { article: to.id.clone(), sentence: s },
                    }));
                    linking_now.set(None);
                }
                selected.set(Some(key));
                return;
            }
            selected.set(Some(key));
        })
    };
    let on_restore = {
        let dispatch = ctx.dispatch.clone();
        let bundle = bundle.clone();
        use_callback(ctx.analysed.revision, move |(k, s): (usize, usize), _| {
            if let Some(a) = bundle.articles.get(k) {
                dispatch.dispatch(Action::Restore(SentenceRef { article: a.id.clone(), sentence: s }));
            }
        })
    };
    let on_leave = {
        let active = active.clone();
        Callback::from(move |_: MouseEvent| active.set(None))
    };
    let show_furniture = !ctx.settings.hidden.contains(&Kind::Boilerplate);
    let progressive = *progressive;
    let revision = ctx.analysed.revision;
    let columns = bundle.articles.iter().enumerate().map(|(k, article)| {
        let (shared_article, analysis) = columns_data.get(k).cloned().unwrap_or_default();
        let restored: Vec<usize> =
            ctx.restored.iter().filter(|r| r.article == article.id).map(|r| r.sentence).collect();
        html! {
            <ArticleColumn key={format!("{}@{revision}", article.id)} index={k} shown={shown.get(k).copied().unwrap_or(usize::MAX)} article={shared_article} {analysis}
                name={AttrValue::from(ctx.names.get(k).cloned().unwrap_or_default())}
                highlights={per_article.get(k).cloned().unwrap_or_default()}
                lit={lit_in(k)}
                active={active.filter(|a| a.0 == k).map(|a| a.1)}
                selected={selected.filter(|a| a.0 == k).map(|a| a.1)}
                {show_furniture} restored={Rc::new(restored)} read_only={ctx.embed}
                on_activate={on_activate.clone()} on_hover={on_hover.clone()} on_restore={on_restore.clone()} />
        }
    });
    let counterparts = (*selected).and_then(|s| links.get(&s).cloned()).unwrap_or_default();
    let on_start_link = {
        let linking = linking.clone();
        Callback::from(move |r: Option<SentenceRef>| linking.set(r))
    };
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |key: Key| selected.set(Some(key)))
    };
    let many = bundle.articles.len() > 4;
    html! {
            <section class="reader-view" aria-label="Reader">
                <SignalLegend counts={counts.clone()} hidden={Rc::new(hidden)} />
                if let Some(from) = &*linking {
                    <p class="linking-hint" role="status">
                        { format!("Choose a sentence in another article to link with sentence {} of {}. ", from.sentence + 1, ctx.name_of(&from.article)) }
                        <button type="button" class="button-small" onclick={let l = linking.clone(); move |_| l.set(None)}>{ "Cancel linking" }</button>
                    </p>
                }
                <div class="reader-layout">
                    <div class={classes!("reader", many.then_some("reader-many"), progressive.then_some("reader-large"))} aria-label="Articles side by side" role="group" onmouseleave={on_leave}
    >
                        { for columns }
                    </div>
                    <Inspector selected={*selected} counterparts={Rc::new(counterparts)} linking={(*linking).clone()} {on_start_link} {on_select} />
                </div>
            </section>
        }
}
