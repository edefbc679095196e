//! The root component: holds the workspace, runs the analysis (on the main thread or in the
//! worker), saves on every change, reads the address (`?bundle=`, `?sample=`, `?embed=1`,
//! `#b=…`) and lays out the views.

use super::analysis::{self, Analysed, Analyser, Outcome, SYNC_LIMIT_BYTES};
use super::analysis_status::AnalysisStatus;
use super::blind_toggle::BlindToggle;
use super::claims_view::ClaimsView;
use super::context::{Goto, Shared};
use super::dashboard::Dashboard;
use super::diagnostics::Diagnostics;
use super::export_menu::ExportMenu;
use super::findings::Findings;
use super::glossary_view::GlossaryView;
use super::load_panel::LoadPanel;
use super::names;
use super::notes_panel::NotesPanel;
use super::notice_bar::NoticeBar;
use super::reader::Reader;
use super::samples;
use super::share;
use super::state::{Action, Notice, NoticeAction, View, Workspace};
use super::storage::{self, Loaded, Saved};
use super::view_tabs::ViewTabs;
use super::web;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Force the compact read-only view (otherwise read from `?embed=1`).
    #[prop_or_default]
    pub embed: bool,
}

/// The first workspace: the saved one, or the default sample.
fn initial_workspace(embed: bool) -> Workspace {
    let sample = || {
        let mut ws = Workspace::with_bundle(samples::default_bundle());
        ws.source = format!("sample:{}", samples::SAMPLES[0].key);
        ws
    };
    if embed {
        return sample();
    }
    let mut ws = match storage::load() {
        Loaded::Workspace(ws) => *ws,
        Loaded::Nothing => sample(),
        Loaded::Unreadable(why) => {
            let mut ws = sample();
            ws.notice = Some(Notice::error(format!(
                "The saved workspace could not be read ({why}); it was kept aside in the browser and the sample is shown instead."
            )));
            return ws;
        }
    };
    if let Some(why) = storage::stopped() {
        let why = if why.is_empty() { String::new() } else { format!(" ({why})") };
        ws.notice = Some(
            Notice::error(format!(
                "The last analysis of this workspace did not finish (Parallax stopped{why}, or the page was closed), so it is not analysed until you ask. Earlier workspaces and the samples are under “Add, edit or reorder articles”."
            ))
            .with(NoticeAction::Analyse),
        );
    }
    ws
}

/// Reads the address once at start: a share link, a bundle URL or a sample.
fn read_address(ws: &Workspace, dispatch: &UseReducerDispatcher<Workspace>, embed: bool) {
    if let Some(result) = share::decode(&web::fragment()) {
        match result {
            Ok(bundle) => {
                dispatch.dispatch(Action::LoadBundle {
                    bundle: Box::new(bundle),
                    source: "link".into(),
                    message: "Opened the bundle carried by the share link.".into(),
                });
                // An embedded view is read-only: nothing to undo, nothing to announce.
                if embed {
                    dispatch.dispatch(Action::Dismiss);
                }
            }
            Err(e) => dispatch.dispatch(Action::Notify(Notice::error(e))),
        }
        if !embed {
            web::clear_fragment();
        }
        return;
    }
    if let Some(url) = web::query_param("bundle").filter(|u| !u.trim().is_empty()) {
        if ws.source != format!("url:{url}") || embed {
            #[cfg(target_arch = "wasm32")]
            super::loading::open_url(url, dispatch.clone(), embed);
            #[cfg(not(target_arch = "wasm32"))]
            let _ = url;
        }
        return;
    }
    if let Some(key) = web::query_param("sample") {
        match samples::SAMPLES.iter().find(|s| s.key == key) {
            Some(s) if ws.source != format!("sample:{key}") => {
                super::loading::open_sample(s, dispatch);
                if s.json.is_some() && !embed {
                    web::clear_query_params(&["sample"]);
                }
            }
            Some(_) => {}
            None => dispatch.dispatch(Action::Notify(Notice::error(format!(
                "There is no sample called “{key}”; the samples are: {}.",
                samples::SAMPLES.iter().map(|s| s.key).collect::<Vec<_>>().join(", ")
            )))),
        }
    }
}

/// The whole app.
#[component]
pub fn App(props: &AppProps) -> Html {
    let embed = *use_state(|| props.embed || web::query_param("embed").is_some_and(|v| v == "1"));
    let workspace = use_reducer(|| initial_workspace(embed));
    let dispatch = workspace.dispatcher();
    // A workspace whose last analysis never finished is not analysed again (nor is a link in
    // the address opened) until the user asks ("Analyse it") or changes it (a new revision).
    // A bool and a u64 cell: types the app has already, 0.5 KB of download less than an
    // `Option<u64>` state.
    let hold = use_state(|| matches!(&workspace.notice, Some(n) if n.action == Some(NoticeAction::Analyse)));
    let held_at = use_mut_ref(|| workspace.revision);
    let held = *hold && *held_at.borrow() == workspace.revision;

    // The analysis: where the page holds the engine (natively, and in the browser tests),
    // small bundles on the main thread (ready in the same render). Everything else goes to
    // the analysis client: the worker, the sample's ready-made report, or the engine loaded
    // into the page when the worker cannot start (see `analysis`).
    let worker_broken = use_state(|| false);
    let live_bundle = use_memo(workspace.revision, {
        let ws = workspace.clone();
        move |_| Rc::new(ws.bundle.clone())
    });
    let here = analysis::engine_on_page().is_some();
    let use_worker = cfg!(target_arch = "wasm32")
        && !(here && *worker_broken)
        && (!here || analysis::text_bytes(&live_bundle) > SYNC_LIMIT_BYTES);
    let sync = use_memo((workspace.revision, use_worker, held), {
        let bundle = (*live_bundle).clone();
        let restored = workspace.restored.clone();
        let revision = workspace.revision;
        move |&(_, in_worker, held)| {
            // Marked around the analysis itself, which runs here, in the render: a trap inside
            // it leaves the mark for the next start to find.
            (!in_worker && !held).then(|| {
                mark_busy(embed, true);
                let done = analysis::analyse_now(bundle, &restored, revision);
                mark_busy(embed, false);
                done
            })
        }
    });
    let from_worker = use_state(|| None::<Rc<Analysed>>);
    let analyser = use_mut_ref(|| None::<Analyser>);
    // The revision whose analysis failed: that one is no longer "Analysing…".
    let failed_at = use_state(|| u64::MAX);
    {
        let from_worker = from_worker.clone();
        let worker_broken = worker_broken.clone();
        let failed_at = failed_at.clone();
        let dispatch = dispatch.clone();
        let analyser = analyser.clone();
        let bundle = (*live_bundle).clone();
        let restored = workspace.restored.clone();
        use_effect_with((workspace.revision, use_worker, held), move |&(revision, in_worker, held)| {
            if in_worker && !held {
                start_worker(&analyser, from_worker, worker_broken, failed_at, dispatch, embed);
                if let Some(a) = analyser.borrow().as_ref() {
                    mark_busy(embed, true);
                    a.analyse(revision, bundle, &restored);
                }
            }
        });
    }
    let analysed: Rc<Analysed> = match (*sync).clone() {
        Some(a) => Rc::new(a),
        None => {
            (*from_worker).clone().unwrap_or_else(|| Rc::new(Analysed { revision: u64::MAX, ..Analysed::default() }))
        }
    };
    let failed = *failed_at == workspace.revision;
    let pending = !held && !failed && analysed.revision != workspace.revision;
    // An edit is likely (the tools opened, files dragged over): the worker starts loading the
    // engine now rather than on the edit.
    let on_intent = {
        let analyser = analyser.clone();
        use_callback((), move |_: (), _| {
            if let Some(a) = analyser.borrow().as_ref() {
                a.warm();
            }
        })
    };

    // Autosave: the whole workspace with its Undo, after every change (never in embed mode,
    // which must not touch the visitor's own workspace). When a bundle replaced the workspace,
    // the copy saved before is kept among the earlier workspaces first.
    {
        let ws = workspace.clone();
        let kept = use_mut_ref(|| workspace.replaced);
        let undo = matches!(&workspace.notice, Some(n) if matches!(n.action, Some(NoticeAction::Undo(_))));
        let deps = (workspace.revision, workspace.settings.clone(), workspace.notes.clone(), undo);
        use_effect_with(deps, move |_| {
            if embed {
                return;
            }
            let replaced = *kept.borrow() != ws.replaced;
            match storage::save(&ws, replaced) {
                Ok(saved) => {
                    *kept.borrow_mut() = ws.replaced;
                    if saved == Saved::WithoutUndo
                        && let Some(mut n) = ws.notice.clone()
                        && n.details.is_empty()
                    {
                        n.details.push("The browser's storage is nearly full, so this Undo is not saved: it will not come back after a reload.".into());
                        ws.dispatch(Action::Notify(n));
                    }
                }
                Err(why) => ws.dispatch(Action::Notify(Notice::error(why).with(NoticeAction::DownloadBundle))),
            }
        });
    }
    // The address, once (not while the workspace is held back: the link may be what stopped it).
    {
        let ws = workspace.clone();
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            if !held {
                read_address(&ws, &dispatch, embed);
            }
        });
    }

    // Moving to a sentence or a glossary entry from anywhere.
    let target = use_state(|| None::<(u64, Goto)>);
    let on_goto = {
        let target = target.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |goto: Goto| {
            let view = match goto {
                Goto::Unit { .. } => View::Reader,
                Goto::Glossary(_) => View::Glossary,
            };
            dispatch.dispatch(Action::SetView(view));
            let n = target.as_ref().map_or(1, |(n, _)| n + 1);
            target.set(Some((n, goto)));
        })
    };

    let settings = Rc::new(workspace.settings.clone());
    let shared = Shared {
        names: Rc::new(names::names(&analysed.bundle, settings.blind)),
        analysed: analysed.clone(),
        settings: settings.clone(),
        restored: Rc::new(workspace.restored.clone()),
        embed,
        dispatch: dispatch.clone(),
        on_goto,
        target: (*target).clone(),
    };

    let on_notice_action = {
        let ws = workspace.clone();
        let hold = hold.clone();
        Callback::from(move |_| match ws.notice.as_ref().and_then(|n| n.action.clone()) {
            Some(NoticeAction::Undo(_)) => ws.dispatch(Action::Undo),
            Some(NoticeAction::CancelLoading) => super::loading::cancel(),
            Some(NoticeAction::Analyse) => {
                hold.set(false);
                ws.dispatch(Action::Dismiss);
            }
            Some(NoticeAction::DownloadBundle) => {
                if let Err(e) = web::download(
                    &super::web::file_name(&ws.bundle, "bundle.json"),
                    "application/json",
                    &ws.export_bundle().to_json(),
                ) {
                    ws.dispatch(Action::Notify(Notice::error(e)));
                }
            }
            None => {}
        })
    };
    // The embedded view links to the full app with the bundle, compressed once per change.
    let embedded_bundle = use_memo((workspace.revision, workspace.notes.clone(), embed), {
        let ws = workspace.clone();
        move |(_, _, embed)| embed.then(|| Rc::new(ws.export_bundle()))
    });
    let open_fragment = share::use_share_fragment((*embedded_bundle).clone());
    let on_dismiss = dispatch.to_callback().reform(|_| Action::Dismiss);
    let on_blind = dispatch.to_callback().reform(Action::SetBlind);
    let event = &workspace.bundle.event;
    let view = settings.view;
    let main_class = classes!("app-main", embed.then_some("embed"));
    let title = if event.title.is_empty() { "Untitled event".to_string() } else { event.title.clone() };
    html! {
        <ContextProvider<Shared> context={shared}>
            <a class="skip-link" href="#views">{ "Skip to the comparison" }</a>
            <header class={classes!("app-header", embed.then_some("app-header-embed"))}>
                <div class="app-brand">
                    <h1 class="app-title">{ "Parallax" }</h1>
                    if !embed {
                        <p class="app-tagline">{ "See how different outlets frame the same event." }</p>
                    }
                </div>
                <div class="app-tools">
                    <BlindToggle blind={settings.blind} on_change={on_blind} />
                    if embed {
                        if let Some(fragment) = open_fragment {
                            <a class="button button-small" href={share::link_with(&web::app_url(), &fragment)} target="_blank" rel="noopener">{ "Open in Parallax" }</a>
                        }
                    } else {
                        <ExportMenu workspace={workspace.clone()} report={analysed.report.clone()} report_ready={!pending} />
                    }
                </div>
            </header>
            <main id="main" class={main_class}>
                <section class="event" aria-labelledby="event-title">
                    <div class="event-head">
                        <h2 id="event-title">{ title }</h2>
                        if samples::is_constructed(&workspace.bundle) {
                            <p class="constructed-label"><strong>{ "Constructed for teaching: " }</strong>{ "the outlets are fictitious and the articles were written for this sample." }</p>
                        }
                    </div>
                    <div class="print-only">
                        if !event.description.is_empty() {
                            <p>{ event.description.clone() }</p>
                        }
                        if !event.notes.is_empty() {
                            <p class="event-notes"><strong>{ "For discussion: " }</strong>{ event.notes.clone() }</p>
                        }
                    </div>
                    if !event.description.is_empty() || !event.notes.is_empty() {
                        <details class="event-details" open={!embed && event.notes.is_empty()}>
                            <summary>{ if event.notes.is_empty() { "About this event" } else { "About this event, and questions for discussion" } }</summary>
                            <div class="event-grid">
                                if !event.description.is_empty() {
                                    <p class="event-description">{ event.description.clone() }</p>
                                }
                                if !event.notes.is_empty() {
                                    <p class="event-notes"><strong>{ "For discussion: " }</strong>{ event.notes.clone() }</p>
                                }
                            </div>
                        </details>
                    }
                </section>
                <NoticeBar notice={workspace.notice.clone()} on_action={on_notice_action} {on_dismiss} />
                if !embed {
                    <LoadPanel bundle={(*live_bundle).clone()} source={workspace.source.clone()} {on_intent} />
                }
                <AnalysisStatus {pending} {failed} articles={workspace.bundle.articles.len()} bytes={analysis::text_bytes(&live_bundle)} ms={analysed.ms} in_worker={analysed.in_worker} ready_made={analysed.ready_made} ready={analysed.revision != u64::MAX} />
                <Diagnostics report={analysed.report.clone()} />
                <ViewTabs current={view} on_select={dispatch.to_callback().reform(Action::SetView)} />
                <div id="views" class="views" role="tabpanel" aria-labelledby={format!("tab-{}", view.key())} tabindex="-1" aria-busy={pending.to_string()}>
                    { match view {
                        // The glossary needs no analysis; the other views wait for one.
                        _ if held && view != View::Glossary => html! { <p>{ "Not analysed: see the message above." }</p> },
                        View::Reader => html! { <Reader /> },
                        View::Claims => html! { <ClaimsView /> },
                        View::Framing => html! { <Dashboard /> },
                        View::Findings => html! { <Findings /> },
                        View::Glossary => html! { <GlossaryView /> },
                    } }
                </div>
                if !embed {
                    <NotesPanel notes={workspace.notes.clone()} />
                }
            </main>
        </ContextProvider<Shared>>
    }
}

/// Marks an analysis as running or finished in storage (see [`storage::set_busy`]); never in
/// embed mode, which saves nothing.
fn mark_busy(embed: bool, busy: bool) {
    if !embed {
        storage::set_busy(busy);
    }
}

/// Starts the worker on first use.
fn start_worker(
    analyser: &Rc<RefCell<Option<Analyser>>>,
    from_worker: UseStateHandle<Option<Rc<Analysed>>>,
    worker_broken: UseStateHandle<bool>,
    failed_at: UseStateHandle<u64>,
    dispatch: UseReducerDispatcher<Workspace>,
    embed: bool,
) {
    if analyser.borrow().is_some() {
        return;
    }
    let broken = worker_broken.clone();
    let on_outcome = Callback::from(move |outcome: Outcome| match outcome {
        Outcome::Done(a) => {
            mark_busy(embed, false);
            from_worker.set(Some(Rc::new(a)));
        }
        // Not analysed on the page instead: the same error would stop the page itself.
        Outcome::Stopped(why) => web::report_stop(&why),
        Outcome::Failed(revision, why) => {
            mark_busy(embed, false);
            failed_at.set(revision);
            dispatch.dispatch(Action::Notify(Notice::error(format!("The analysis could not run ({why})."))));
        }
        Outcome::Broken(why) => {
            broken.set(true);
            dispatch.dispatch(Action::Notify(Notice::error(format!(
                "The background analysis could not run ({why}); the page analyses on its own, which may be slow for large bundles."
            ))));
        }
    });
    match Analyser::start(on_outcome) {
        Some(a) => *analyser.borrow_mut() = Some(a),
        None => worker_broken.set(true),
    }
}
