//! Loading from outside the page: files the user opened or dropped, and a bundle URL
//! (`?bundle=…`). Reading happens here; deciding what the bytes are happens in `import`.

use super::import::{self, Plan};
use super::state::{Action, Notice, Workspace};
#[cfg(target_arch = "wasm32")]
use crate::engine::bundle::Bundle;
use yew::UseReducerDispatcher;

/// Applies a plan made from opened files: opens the bundle (with the other files' articles
/// added to it) or adds the articles, and reports what could not be used.
pub fn apply(plan: Plan, dispatch: &UseReducerDispatcher<Workspace>) {
    let Plan { bundle, articles, problems } = plan;
    match bundle {
        Some((name, mut bundle)) => {
            let mut message = format!("Opened “{name}”.");
            for mut a in articles {
                a.id = super::state::unique_id(&bundle, if a.id.is_empty() { &a.outlet } else { &a.id });
                bundle.articles.push(a);
            }
            if let Err(e) = import::check_bundle(&name, &bundle) {
                dispatch.dispatch(Action::Notify(Notice::error(e)));
                return;
            }
            if !problems.is_empty() {
                message.push(' ');
                message.push_str(&problems.join(" "));
            }
            dispatch.dispatch(Action::LoadBundle { bundle: Box::new(bundle), source: format!("file:{name}"), message });
        }
        None if articles.is_empty() && problems.len() == 1 => {
            dispatch.dispatch(Action::Notify(Notice::error(problems[0].clone())));
        }
        None if articles.is_empty() => {
            let mut n = Notice::error("None of these files could be opened.");
            n.details = problems;
            dispatch.dispatch(Action::Notify(n));
        }
        None => dispatch.dispatch(Action::AddArticles { articles, problems }),
    }
}

/// Reads the files the user picked or dropped, then applies them.
#[cfg(target_arch = "wasm32")]
pub fn open_files(files: web_sys::FileList, dispatch: UseReducerDispatcher<Workspace>) {
    let list: Vec<web_sys::File> = (0..files.length()).filter_map(|k| files.get(k)).collect();
    if list.is_empty() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let mut results = Vec::new();
        for f in list {
            let name = f.name();
            // Refuse very large files before reading them into memory.
            if let Err(e) = import::too_large(&name, import::is_bundle_name(&name), f.size() as usize) {
                results.push((name.clone(), Err(e)));
                continue;
            }
            let file = gloo::file::File::from(f);
            let result = match gloo::file::futures::read_as_bytes(&file).await {
                Ok(bytes) => import::import_file(&name, &bytes),
                Err(_) => Err(format!("“{name}” could not be read (the browser refused it).")),
            };
            results.push((name, result));
        }
        apply(import::plan(results), &dispatch);
    });
}

/// The one sentence shown when a bundle URL cannot be read.
pub fn unreachable_message(url: &str) -> String {
    format!(
        "Parallax could not read {url}: its server does not allow other sites to read it (or cannot be reached), so download the file and open it with “Open files”."
    )
}

/// Fetches a bundle from a URL the user gave (`?bundle=…`) and opens it; `quiet` (the
/// read-only embedded view) opens it without a notice.
#[cfg(target_arch = "wasm32")]
pub fn open_url(url: String, dispatch: UseReducerDispatcher<Workspace>, quiet: bool) {
    wasm_bindgen_futures::spawn_local(async move {
        let result: Result<Bundle, String> = async {
            let resp = gloo::net::http::Request::get(&url).send().await.map_err(|_| unreachable_message(&url))?;
            if !resp.ok() {
                return Err(format!(
                    "The bundle at {url} could not be loaded: the server answered {} {}.",
                    resp.status(),
                    resp.status_text()
                ));
            }
            let bytes = resp.binary().await.map_err(|_| unreachable_message(&url))?;
            import::too_large(&url, true, bytes.len())?;
            let text = import::decode_text(&url, &bytes)?;
            let bundle =
                Bundle::from_json(&text).map_err(|e| format!("The file at {url} is not a usable bundle: {e}."))?;
            Ok(bundle)
        }
        .await;
        match result {
            Ok(bundle) => {
                dispatch.dispatch(Action::LoadBundle {
                    bundle: Box::new(bundle),
                    source: format!("url:{url}"),
                    message: format!("Opened the bundle from {url}."),
                });
                if quiet {
                    dispatch.dispatch(Action::Dismiss);
                }
            }
            Err(e) => dispatch.dispatch(Action::Notify(Notice::error(e))),
        }
    });
}
