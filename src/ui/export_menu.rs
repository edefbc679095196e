//! Keep and share: downloads (bundle, report, Markdown, CSV claim matrix), the printable
//! handout, the share link and the embed code.

use super::identity::same;
use super::share_dialog::{ShareDialog, ShareKind};
use super::state::{Action, Notice, Workspace};
use super::web;

use crate::engine::{Report, export};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ExportMenu`].
#[derive(Properties)]
pub struct ExportMenuProps {
    /// The workspace (exports carry corrections, restored sentences and notes).
    pub workspace: UseReducerHandle<Workspace>,
    /// The current report.
    pub report: Rc<Report>,
    /// False while a newer analysis is running (report exports wait for it).
    pub report_ready: bool,
}

impl PartialEq for ExportMenuProps {
    fn eq(&self, o: &ExportMenuProps) -> bool {
        self.workspace == o.workspace && same(&self.report, &o.report) && self.report_ready == o.report_ready
    }
}

/// The export buttons and the share and embed dialogs.
#[component]
pub fn ExportMenu(props: &ExportMenuProps) -> Html {
    let ctx = use_context::<super::context::Shared>().expect("shared context");
    let open = use_state(|| false);
    let dialog = use_state(|| None::<ShareKind>);
    // Choosing an item closes the menu; the file is made only then (a large report takes a
    // while to write, which must not happen on every drawing of the page).
    let save = {
        let dispatch = ctx.dispatch.clone();
        let open = open.clone();
        move |name: String, mime: &'static str, content: Rc<dyn Fn() -> String>| {
            let dispatch = dispatch.clone();
            let open = open.clone();
            Callback::from(move |_: MouseEvent| {
                open.set(false);
                match web::download(&name, mime, &content()) {
                    Ok(()) => dispatch.dispatch(Action::Notify(Notice::info(format!("Saved “{name}”.")))),
                    Err(e) => dispatch.dispatch(Action::Notify(Notice::error(e))),
                }
            })
        }
    };
    let ws = props.workspace.clone();
    // Report exports describe the analysed bundle, which equals the live one once ready.
    let analysed = ctx.analysed.bundle.clone();
    let report = props.report.clone();
    let title_bundle = &ws.bundle;
    let on_bundle = save(super::web::file_name(title_bundle, "bundle.json"), "application/json", {
        let ws = ws.clone();
        Rc::new(move || ws.export_bundle().to_json())
    });
    let on_report = save(super::web::file_name(title_bundle, "report.json"), "application/json", {
        let report = report.clone();
        Rc::new(move || export::report_json(&report))
    });
    let on_md = save(super::web::file_name(title_bundle, "report.md"), "text/markdown", {
        let (bundle, report) = (analysed.clone(), report.clone());
        Rc::new(move || export::markdown(&bundle, &report))
    });
    let on_csv = save(super::web::file_name(title_bundle, "claims.csv"), "text/csv", {
        let (bundle, report) = (analysed.clone(), report.clone());
        Rc::new(move || export::claim_matrix_csv(&bundle, &report))
    });
    let on_print = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| {
            open.set(false);
            web::print();
        })
    };
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let show = |kind: ShareKind| {
        let dialog = dialog.clone();
        let open = open.clone();
        Callback::from(move |_: MouseEvent| {
            open.set(false);
            dialog.set(Some(kind));
        })
    };
    let on_key = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                open.set(false);
            }
        })
    };
    let on_close = {
        let dialog = dialog.clone();
        Callback::from(move |_| dialog.set(None))
    };
    let ready = props.report_ready;
    html! {
        <div class="export" onkeydown={on_key}>
            <button type="button" class="button-small" aria-expanded={open.to_string()} aria-controls="export-menu" onclick={on_toggle}>{ "Export and share" }</button>
            <div id="export-menu" class="export-menu" hidden={!*open} role="group" aria-label="Export and share">
                <button type="button" class="button-small" onclick={on_bundle}>{ "Download bundle (JSON)" }</button>
                <button type="button" class="button-small" disabled={!ready} onclick={on_report}>{ "Download report (JSON)" }</button>
                <button type="button" class="button-small" disabled={!ready} onclick={on_md}>{ "Download report (Markdown)" }</button>
                <button type="button" class="button-small" disabled={!ready} onclick={on_csv}>{ "Download claim matrix (CSV)" }</button>
                <button type="button" class="button-small" onclick={on_print}>{ "Print handout" }</button>
                <button type="button" class="button-small" onclick={show(ShareKind::Link)}>{ "Share link…" }</button>
                <button type="button" class="button-small" onclick={show(ShareKind::Embed)}>{ "Copy embed code…" }</button>
            </div>
            if let Some(kind) = *dialog {
                <ShareDialog {kind} bundle={Rc::new(ws.export_bundle())} source={ws.source.clone()} {on_close} />
            }
        </div>
    }
}
