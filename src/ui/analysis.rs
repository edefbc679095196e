//! Running the analysis, with the time it took. In the web build the page's own module has no
//! engine (a first visit downloads the page without it): every analysis runs in a web worker
//! that loads the engine's module (`parallax-engine`, see `src/bin/parallax-engine.rs`), the
//! default sample's report comes ready-made (written when the app is built), and when the
//! browser cannot run the worker, the engine's module is loaded into the page instead.
//! Natively, and in the browser tests that put the engine on the page, small bundles are
//! analysed on the calling thread.
//!
//! The page sends the worker a [`Request`] and the worker answers with a [`Reply`], both as
//! JSON text written and read by serde_json, which the app carries anyway (see ARCHITECTURE.md,
//! "Where the web build's size goes", for the binary formats measured against it).

use super::web::now_ms;
use crate::engine::bundle::{Bundle, SentenceRef, Value, read_json, write_json};
use crate::engine::report_reader::read_report;
use crate::engine::{Options, Report, analyze};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// Where the page analyses by itself (with the engine on the page), bundles with more text
/// than this (in bytes) are still analysed in the worker. Measured in the browser on the
/// 2-core development machine (2026-12-02): a made-up bundle with 34 KB of text analysed in
/// 10–15 ms, the longest main-thread task (analysis and drawing) at 55–79 ms, and one with
/// 45 KB came back from the worker in 80–110 ms. The reader also draws the columns of larger
/// bundles a few at a time.
pub const SYNC_LIMIT_BYTES: usize = 40_000;

/// A finished analysis: the bundle as it was analysed and its report (always consistent with
/// each other, even while a newer analysis is running).
#[derive(Clone, Debug, Default)]
pub struct Analysed {
    /// The workspace revision analysed.
    pub revision: u64,
    /// The bundle as analysed.
    pub bundle: Rc<Bundle>,
    /// Its report.
    pub report: Rc<Report>,
    /// How long the analysis took, in milliseconds (0 when not measured).
    pub ms: f64,
    /// True when it ran in the worker.
    pub in_worker: bool,
    /// True when it is the sample's report written when the app was built.
    pub ready_made: bool,
}

/// The same analysis is equal at once (the views compare it on every redraw); another one is
/// compared by content.
impl PartialEq for Analysed {
    fn eq(&self, o: &Analysed) -> bool {
        (self.revision, self.ms, self.in_worker, self.ready_made) == (o.revision, o.ms, o.in_worker, o.ready_made)
            && super::identity::same(&self.bundle, &o.bundle)
            && super::identity::same(&self.report, &o.report)
    }
}

/// Total bytes of text in a bundle.
pub fn text_bytes(bundle: &Bundle) -> usize {
    bundle.articles.iter().map(|a| a.text.len() + a.title.len()).sum()
}

/// The engine as the page may hold it (see [`put_engine_on_page`]).
type Engine = fn(&Bundle, &Options) -> Report;

#[cfg(target_arch = "wasm32")]
thread_local! {
    static ENGINE: std::cell::Cell<Option<Engine>> = const { std::cell::Cell::new(None) };
}

/// Puts the engine into the page's own module, so that the page analyses small bundles by
/// itself: the browser tests do, which have no worker. The app never calls it, so the page's
/// download leaves the engine out.
#[cfg(target_arch = "wasm32")]
pub fn put_engine_on_page() {
    ENGINE.with(|e| e.set(Some(analyze as Engine)));
}

/// The engine the page holds: natively always, in WebAssembly only after
/// [`put_engine_on_page`].
pub fn engine_on_page() -> Option<Engine> {
    #[cfg(target_arch = "wasm32")]
    return ENGINE.with(std::cell::Cell::get);
    #[cfg(not(target_arch = "wasm32"))]
    Some(analyze as Engine)
}

/// Analyses on the calling thread with the engine the page holds, timing it (an empty report
/// if it holds none: the app asks only after [`engine_on_page`]).
pub fn analyse_now(bundle: Rc<Bundle>, restored: &[SentenceRef], revision: u64) -> Analysed {
    let start = now_ms();
    let options = Options { restored: restored.to_vec(), ..Options::default() };
    let report = engine_on_page().map_or_else(Report::default, |run| run(&bundle, &options));
    Analysed { revision, bundle, report: Rc::new(report), ms: now_ms() - start, in_worker: false, ready_made: false }
}

/// A request to the worker.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// The workspace revision.
    pub id: u64,
    /// The bundle.
    #[serde(with = "crate::engine::bundle::checked")]
    pub bundle: Bundle,
    /// Restored page-furniture sentences.
    pub restored: Vec<SentenceRef>,
}

/// A message from the worker.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// The worker has started and takes requests.
    Ready,
    /// A finished analysis.
    Report {
        /// The revision it answers.
        id: u64,
        /// The report.
        report: Box<Report>,
    },
    /// The request could not be read (a bug, reported rather than hidden).
    Failed {
        /// What went wrong.
        message: String,
    },
    /// The worker panicked (a bug): what the panic said, sent just before the worker stops.
    Panicked {
        /// The panic's message and place (see [`super::web::panic_text`]).
        message: String,
    },
}

/// The worker's answer to one request (pure, so it is tested natively): JSON text in, JSON
/// text out.
pub fn answer(request: &str) -> String {
    let reply = match read_json::<Request>(request) {
        Ok(r) => Reply::Report {
            id: r.id,
            report: Box::new(analyze(&r.bundle, &Options { restored: r.restored, ..Options::default() })),
        },
        Err(e) => Reply::Failed { message: e.to_string() },
    };
    encode(&reply)
}

/// A reply as the worker sends it.
pub fn encode(reply: &Reply) -> String {
    write_json(reply, false)
}

/// A reply as the page reads it. The report is read by `report_reader` straight from the
/// parsed JSON (the other replies by serde).
///
/// # Errors
/// What is wrong with the JSON (a bug: the worker writes what the page reads).
pub fn decode(text: &str) -> Result<Reply, String> {
    let mut value: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    if let Some(Value::Object(fields)) = value.get_mut("Report") {
        let id = fields.get("id").and_then(Value::as_u64).ok_or("a report without its id")?;
        let report = read_report(fields.get_mut("report").map_or(Value::Null, Value::take))?;
        return Ok(Reply::Report { id, report: Box::new(report) });
    }
    Reply::deserialize(value).map_err(|e| e.to_string())
}

/// What the analysis client tells the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// A finished analysis.
    Done(Analysed),
    /// The worker could not start; the engine is loaded into the page instead.
    Broken(String),
    /// The analysis of the latest request could not run (a request the engine could not read,
    /// or an engine that could not be loaded): that request's revision, and why.
    Failed(u64, String),
    /// The engine stopped with an error while it analysed (a trap in its WebAssembly).
    Stopped(String),
}

/// The client side of the analysis: the worker (started on the first request that needs it),
/// the sample's ready-made report, or the engine loaded into the page.
pub struct Analyser {
    #[cfg(target_arch = "wasm32")]
    client: Rc<Client>,
}

#[cfg(target_arch = "wasm32")]
struct Client {
    on_outcome: yew::Callback<Outcome>,
    state: std::cell::RefCell<ClientState>,
}

#[cfg(target_arch = "wasm32")]
#[derive(Default)]
struct ClientState {
    worker: Option<web_sys::Worker>,
    /// The worker has started and takes requests.
    ready: bool,
    /// The worker could not start: requests go to the engine loaded into the page.
    on_page: bool,
    /// The request waiting for the worker to start.
    queued: Option<String>,
    /// The bundle of the latest request, its id and when it was sent.
    latest: Option<(u64, Rc<Bundle>, f64)>,
}

impl Analyser {
    /// The client; `None` natively, where the app analyses on its own thread.
    pub fn start(on_outcome: yew::Callback<Outcome>) -> Option<Analyser> {
        #[cfg(target_arch = "wasm32")]
        return Some(Analyser { client: Rc::new(Client { on_outcome, state: Default::default() }) });
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = on_outcome;
            None
        }
    }

    /// Starts the worker ahead of a request, so that its module is loaded and compiled by the
    /// time the user's edit comes (nothing when it runs, or the engine runs on the page).
    pub fn warm(&self) {
        #[cfg(target_arch = "wasm32")]
        client::warm(&self.client);
    }

    /// Sends a bundle to analyse; an earlier request still running is superseded (its answer
    /// is dropped). The default sample, unchanged, gets its ready-made report.
    pub fn analyse(&self, revision: u64, bundle: Rc<Bundle>, restored: &[SentenceRef]) {
        #[cfg(target_arch = "wasm32")]
        {
            let request = Request { id: revision, bundle: (*bundle).clone(), restored: restored.to_vec() };
            let text = write_json(&request, false);
            self.client.state.borrow_mut().latest = Some((revision, bundle.clone(), now_ms()));
            match super::samples::ready_made_report(&bundle, restored) {
                Some(url) => client::ready_made(self.client.clone(), url, revision, bundle, text),
                None => client::send(&self.client, text),
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (revision, bundle, restored);
    }
}

/// The browser side of [`Analyser`].
#[cfg(target_arch = "wasm32")]
mod client {
    use super::{Analysed, Bundle, Client, Outcome, Reply, Report, Value, decode, now_ms, read_report, write_json};
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::{JsFuture, spawn_local};

    /// Sends a request to the worker (starting it first), or to the engine on the page once
    /// the worker could not start.
    pub(super) fn send(client: &Rc<Client>, text: String) {
        if client.state.borrow().on_page {
            on_page(client.clone(), text);
            return;
        }
        if !has_worker(client) {
            client.state.borrow_mut().queued = Some(text);
            to_page(client, "this browser cannot start it".into());
            return;
        }
        let mut s = client.state.borrow_mut();
        match (&s.worker, s.ready) {
            (Some(worker), true) => {
                let _ = worker.post_message(&JsValue::from_str(&text));
            }
            _ => s.queued = Some(text),
        }
    }

    /// Starts the worker if nothing runs yet. A worker that cannot start is left to the first
    /// request, which says so where the user sees it (with the edit's own message).
    pub(super) fn warm(client: &Rc<Client>) {
        if !client.state.borrow().on_page {
            has_worker(client);
        }
    }

    /// True when the worker runs, starting it first if it does not yet.
    fn has_worker(client: &Rc<Client>) -> bool {
        if client.state.borrow().worker.is_some() {
            return true;
        }
        let started = start_worker(client);
        let ok = started.is_some();
        client.state.borrow_mut().worker = started;
        ok
    }

    /// The worker could not start: from now on the engine runs on the page (loaded through
    /// `parallaxAnalyse` of boot.js), beginning with the request that waited for the worker.
    fn to_page(client: &Rc<Client>, why: String) {
        let queued = {
            let mut s = client.state.borrow_mut();
            s.on_page = true;
            if let Some(worker) = s.worker.take() {
                worker.terminate();
            }
            s.queued.take()
        };
        client.on_outcome.emit(Outcome::Broken(why));
        if let Some(q) = queued {
            on_page(client.clone(), q);
        }
    }

    /// Starts the worker: a one-line module loader (a blob, allowed by `worker-src blob:`)
    /// imports the engine's module next to the page, whose `main` serves requests.
    fn start_worker(client: &Rc<Client>) -> Option<web_sys::Worker> {
        let base = gloo::utils::document().base_uri().ok().flatten()?;
        let js = web_sys::Url::new_with_base("parallax-engine.js", &base).ok()?.href();
        let wasm = web_sys::Url::new_with_base("parallax-engine_bg.wasm", &base).ok()?.href();
        // The addresses as JavaScript strings (JSON's are).
        let quoted = |s: String| write_json(&s, false);
        let loader = format!("import init from {}; init({{ module_or_path: {} }});", quoted(js), quoted(wasm));
        let parts = js_sys::Array::of1(&JsValue::from_str(&loader));
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type("text/javascript");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let worker = web_sys::Worker::new_with_options(&url, &options).ok()?;
        let on_message = {
            let client = client.clone();
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                if let Some(text) = e.data().as_string() {
                    receive(&client, &text, true);
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        // Before the worker says it is ready, an error means it could not start; after, that
        // it stopped in the middle of an analysis.
        let client = client.clone();
        let on_error = Closure::<dyn Fn(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
            let why = e.message();
            if client.state.borrow().ready {
                client.on_outcome.emit(Outcome::Stopped(why));
            } else if !client.state.borrow().on_page {
                to_page(&client, why);
            }
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();
        Some(worker)
    }

    /// What the worker or the engine on the page answered.
    fn receive(client: &Rc<Client>, text: &str, in_worker: bool) {
        match decode(text) {
            Ok(Reply::Ready) => {
                let mut s = client.state.borrow_mut();
                s.ready = true;
                if let (Some(q), Some(worker)) = (s.queued.take(), &s.worker) {
                    let _ = worker.post_message(&JsValue::from_str(&q));
                }
            }
            Ok(Reply::Report { id, report }) => {
                let latest = client.state.borrow().latest.clone();
                if let Some((want, bundle, sent)) = latest
                    && want == id
                {
                    let ms = now_ms() - sent;
                    let report = Rc::from(report);
                    done(client, Analysed { revision: id, bundle, report, ms, in_worker, ready_made: false });
                }
            }
            Ok(Reply::Failed { message }) => failed(client, message),
            // The error event that follows says only "unreachable": the page shows what the
            // panic said (the first message shown stays).
            Ok(Reply::Panicked { message }) => client.on_outcome.emit(Outcome::Stopped(message)),
            Err(e) => failed(client, e),
        }
    }

    /// Tells the app that the latest request could not be analysed.
    fn failed(client: &Rc<Client>, why: String) {
        let revision = client.state.borrow().latest.as_ref().map_or(u64::MAX, |l| l.0);
        client.on_outcome.emit(Outcome::Failed(revision, why));
    }

    /// Hands a finished analysis over in a task of its own: reading a large report and drawing
    /// it in one task would block the page for too long.
    fn done(client: &Rc<Client>, analysed: Analysed) {
        let on_outcome = client.on_outcome.clone();
        gloo::timers::callback::Timeout::new(0, move || on_outcome.emit(Outcome::Done(analysed))).forget();
    }

    /// Runs a request with the engine loaded into the page.
    fn on_page(client: Rc<Client>, text: String) {
        spawn_local(async move {
            match run_on_page(&text).await {
                Ok(reply) => receive(&client, &reply, false),
                Err((true, why)) => client.on_outcome.emit(Outcome::Stopped(why)),
                Err((false, why)) => failed(&client, why),
            }
        });
    }

    /// The reply of the engine on the page, or why there is none (true: it trapped).
    async fn run_on_page(text: &str) -> Result<String, (bool, String)> {
        let load = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("parallaxAnalyse"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .ok_or((false, "the page cannot load the engine".to_string()))?;
        let why = |e: JsValue| {
            let trap = e.is_instance_of::<js_sys::WebAssembly::RuntimeError>();
            let text = js_sys::Error::from(e).to_string().as_string().unwrap_or_default();
            (trap, if text.is_empty() { "the engine could not be loaded".to_string() } else { text })
        };
        let promise = load.call1(&JsValue::NULL, &JsValue::from_str(text)).map_err(why)?;
        let reply = JsFuture::from(js_sys::Promise::from(promise)).await.map_err(why)?;
        reply.as_string().ok_or((false, "the engine gave no answer".to_string()))
    }

    /// The sample's ready-made report: fetched from next to the page and shown if it is the
    /// report of this bundle's articles; otherwise the request goes to the worker as usual.
    pub(super) fn ready_made(client: Rc<Client>, url: String, revision: u64, bundle: Rc<Bundle>, text: String) {
        spawn_local(async move {
            let fits = |r: &Report| {
                r.articles.len() == bundle.articles.len()
                    && r.articles.iter().zip(&bundle.articles).all(|(r, a)| r.id == a.id)
            };
            let found = fetch_report(&url).await.filter(fits);
            // A newer request went its own way meanwhile: this one is dropped either way.
            if client.state.borrow().latest.as_ref().map(|l| l.0) != Some(revision) {
                return;
            }
            match found {
                Some(report) => {
                    let report = Rc::new(report);
                    done(&client, Analysed { revision, bundle, report, ms: 0.0, in_worker: false, ready_made: true });
                }
                None => send(&client, text),
            }
        });
    }

    /// A report fetched (through gloo, as bundle URLs are) and read; `None` when it cannot be.
    async fn fetch_report(url: &str) -> Option<Report> {
        let response = gloo::net::http::Request::get(url).send().await.ok()?;
        if !response.ok() {
            return None;
        }
        let value: Value = serde_json::from_str(&response.text().await.ok()?).ok()?;
        read_report(value).ok()
    }
}

/// True when this code runs inside a web worker (there is no `document`).
#[cfg(target_arch = "wasm32")]
pub fn in_worker() -> bool {
    !js_sys::Reflect::has(&js_sys::global(), &wasm_bindgen::JsValue::from_str("document")).unwrap_or(false)
}

/// The worker program's main loop: answer every request (runs inside the worker).
#[cfg(target_arch = "wasm32")]
pub fn serve() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let tell = scope.clone();
    std::panic::set_hook(Box::new(move |info| {
        let reply = Reply::Panicked { message: super::web::panic_text(info) };
        let _ = tell.post_message(&wasm_bindgen::JsValue::from_str(&encode(&reply)));
    }));
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let Some(text) = e.data().as_string() else { return };
        let _ = reply_to.post_message(&wasm_bindgen::JsValue::from_str(&answer(&text)));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&wasm_bindgen::JsValue::from_str(&encode(&Reply::Ready)));
}
