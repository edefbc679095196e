//! Loading from outside the page: files the user opened or dropped, a bundle URL
//! (`?bundle=…`) and the samples the web build fetches when they are picked. Reading happens
//! here; deciding what the bytes are happens in `import`.

use super::import::{self, Plan};
use super::samples::{self, Sample};
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

/// How long a bundle URL may go without sending anything (before it answers, or between two
/// pieces of the file) before loading stops. A stalled server otherwise keeps the page waiting
/// for ever; 15 s is far longer than any piece of a working download takes, even on a slow
/// connection (a 16 MB bundle at 1 Mbit/s still sends a piece every few milliseconds).
pub const STALL_MS: u32 = 15_000;

/// Why a bundle URL stopped loading before its end.
#[cfg(target_arch = "wasm32")]
#[derive(Clone, Copy, PartialEq)]
enum Stop {
    Running,
    Cancelled,
    Stalled,
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The bundle URL being loaded: its abort controller and why it was stopped.
    static LOADING: std::cell::RefCell<Option<(web_sys::AbortController, std::rc::Rc<std::cell::Cell<Stop>>)>> =
        const { std::cell::RefCell::new(None) };
}

/// Stops loading the bundle URL being loaded, if any (the Cancel button of its notice).
pub fn cancel() {
    #[cfg(target_arch = "wasm32")]
    if let Some((controller, why)) = LOADING.with(|l| l.borrow_mut().take()) {
        why.set(Stop::Cancelled);
        controller.abort();
    }
}

/// Fetches a bundle from a URL the user gave (`?bundle=…`) and opens it; `quiet` (the
/// read-only embedded view) opens it without a notice. The file is read piece by piece and
/// refused as soon as it passes the gate's size limit; a server that stops sending is given up
/// after [`STALL_MS`]; the notice shown meanwhile has a Cancel button.
#[cfg(target_arch = "wasm32")]
pub fn open_url(url: String, dispatch: UseReducerDispatcher<Workspace>, quiet: bool) {
    let texts = Texts {
        loading: format!("Loading the bundle from {url}…"),
        source: format!("url:{url}"),
        opened: format!("Opened the bundle from {url}."),
        stopped: format!("Stopped loading the bundle from {url}; nothing was changed."),
    };
    fetch_and_open(url, texts, dispatch, quiet);
}

/// Opens a built-in sample: at once when it is compiled in, otherwise (in the web build) fetched
/// from next to the page like a bundle URL (see [`Sample::json`]).
pub fn open_sample(sample: &Sample, dispatch: &UseReducerDispatcher<Workspace>) {
    let opened = format!("Opened the sample “{}”.", sample.name);
    let source = format!("sample:{}", sample.key);
    match sample.json {
        Some(_) => {
            dispatch.dispatch(Action::LoadBundle {
                bundle: Box::new(samples::bundle(sample)),
                source,
                message: opened,
            });
        }
        #[cfg(target_arch = "wasm32")]
        None => {
            let loading = format!("Loading the sample “{}”…", sample.name);
            let stopped = format!("Stopped loading the sample “{}”; nothing was changed.", sample.name);
            fetch_and_open(sample.url(), Texts { loading, source, opened, stopped }, dispatch.clone(), false);
        }
        // Natively every sample is compiled in.
        #[cfg(not(target_arch = "wasm32"))]
        None => {}
    }
}

/// What the notices of one fetch say, and the workspace's `source` once it is open.
#[cfg(target_arch = "wasm32")]
struct Texts {
    loading: String,
    source: String,
    opened: String,
    stopped: String,
}

/// Fetches a bundle (see [`open_url`]) and opens it, with the notices of `texts`.
#[cfg(target_arch = "wasm32")]
fn fetch_and_open(url: String, texts: Texts, dispatch: UseReducerDispatcher<Workspace>, quiet: bool) {
    cancel();
    let Ok(controller) = web_sys::AbortController::new() else {
        dispatch.dispatch(Action::Notify(Notice::error(unreachable_message(&url))));
        return;
    };
    let why = std::rc::Rc::new(std::cell::Cell::new(Stop::Running));
    LOADING.with(|l| *l.borrow_mut() = Some((controller.clone(), why.clone())));
    if !quiet {
        dispatch.dispatch(Action::Notify(Notice::info(texts.loading).with(super::state::NoticeAction::CancelLoading)));
    }
    wasm_bindgen_futures::spawn_local(async move {
        let result = fetch_bundle(&url, &controller, &why).await;
        LOADING.with(|l| {
            let mut l = l.borrow_mut();
            if l.as_ref().is_some_and(|(c, _)| *c == controller) {
                *l = None;
            }
        });
        match (result, why.get()) {
            (Ok(bundle), _) => {
                dispatch.dispatch(Action::LoadBundle {
                    bundle: Box::new(bundle),
                    source: texts.source,
                    message: texts.opened,
                });
                if quiet {
                    dispatch.dispatch(Action::Dismiss);
                } else {
                    super::web::clear_query_params(&["bundle", "sample"]);
                }
            }
            (Err(_), Stop::Cancelled) => dispatch.dispatch(Action::Notify(Notice::info(texts.stopped))),
            (Err(_), Stop::Stalled) => dispatch.dispatch(Action::Notify(Notice::error(format!(
                "The bundle at {url} could not be loaded: its server sent nothing for {} seconds.",
                STALL_MS / 1000
            )))),
            (Err(e), Stop::Running) => dispatch.dispatch(Action::Notify(Notice::error(e))),
        }
    });
}

/// Reads a bundle URL within the gate's size limit, giving up when it stalls (pure I/O; the
/// error is the sentence to show, unless `why` says it was stopped).
#[cfg(target_arch = "wasm32")]
async fn fetch_bundle(
    url: &str,
    controller: &web_sys::AbortController,
    why: &std::rc::Rc<std::cell::Cell<Stop>>,
) -> Result<Bundle, String> {
    use wasm_bindgen::JsCast;
    // Aborts the request when nothing arrives in time (dropping the watch stops it).
    let watch = || {
        let (controller, why) = (controller.clone(), why.clone());
        gloo::timers::callback::Timeout::new(STALL_MS, move || {
            if why.get() == Stop::Running {
                why.set(Stop::Stalled);
            }
            controller.abort();
        })
    };
    let timer = watch();
    let resp = gloo::net::http::Request::get(url)
        .abort_signal(Some(&controller.signal()))
        .send()
        .await
        .map_err(|_| unreachable_message(url))?;
    drop(timer);
    if !resp.ok() {
        return Err(format!(
            "The bundle at {url} could not be loaded: the server answered {} {}.",
            resp.status(),
            resp.status_text()
        ));
    }
    // A server that says how large the file is is refused before anything is read.
    if let Some(length) = resp.headers().get("content-length").and_then(|l| l.trim().parse::<usize>().ok()) {
        import::too_large(url, true, length)?;
    }
    let body = resp.body().ok_or_else(|| unreachable_message(url))?;
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        let timer = watch();
        let piece = wasm_bindgen_futures::JsFuture::from(reader.read()).await.map_err(|_| unreachable_message(url))?;
        drop(timer);
        let field = |name: &str| js_sys::Reflect::get(&piece, &wasm_bindgen::JsValue::from_str(name)).ok();
        if field("done").and_then(|d| d.as_bool()).unwrap_or(true) {
            break;
        }
        let Some(chunk) = field("value").and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok()) else { break };
        let at = bytes.len();
        if let Err(e) = import::too_large(url, true, at + chunk.length() as usize) {
            controller.abort();
            return Err(e);
        }
        bytes.resize(at + chunk.length() as usize, 0);
        chunk.copy_to(&mut bytes[at..]);
    }
    let text = import::decode_text(url, &bytes)?;
    Bundle::from_json(&text).map_err(|e| format!("The file at {url} is not a usable bundle: {e}."))
}
