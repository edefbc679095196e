//! Running the analysis: on the main thread for small bundles, in a web worker for large ones
//! (so that the page never freezes), with the time it took.
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

/// Bundles with more text than this (in bytes) are analysed in the worker. Measured in the
/// browser on the 2-core development machine (2026-12-02): a made-up bundle with 34 KB of text
/// analysed in 10–15 ms, the longest main-thread task (analysis and drawing) at 55–79 ms, and
/// one with 45 KB came back from the worker in 80–110 ms — so up to 40 KB the main thread
/// stays under the 100 ms budget once the code has run, and larger bundles go to the
/// worker. (The sample events, about 20 KB, take 25–45 ms then; the page's very first
/// analysis on a first visit takes about 190–230 ms, see ARCHITECTURE.md, "Speed in the browser".)
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
}

/// The same analysis is equal at once (the views compare it on every redraw); another one is
/// compared by content.
impl PartialEq for Analysed {
    fn eq(&self, o: &Analysed) -> bool {
        (self.revision, self.ms, self.in_worker) == (o.revision, o.ms, o.in_worker)
            && super::identity::same(&self.bundle, &o.bundle)
            && super::identity::same(&self.report, &o.report)
    }
}

/// Total bytes of text in a bundle.
pub fn text_bytes(bundle: &Bundle) -> usize {
    bundle.articles.iter().map(|a| a.text.len() + a.title.len()).sum()
}

/// Analyses on the calling thread, timing it.
pub fn analyse_now(bundle: Rc<Bundle>, restored: &[SentenceRef], revision: u64) -> Analysed {
    let start = now_ms();
    let report = analyze(&bundle, &Options { restored: restored.to_vec(), ..Options::default() });
    Analysed { revision, bundle, report: Rc::new(report), ms: now_ms() - start, in_worker: false }
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

/// What the worker client tells the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// A finished analysis.
    Done(Analysed),
    /// The worker could not run; the app falls back to the main thread.
    Broken(String),
    /// The worker stopped with an error while it analysed (a trap in its WebAssembly).
    Stopped(String),
}

/// The client side of the analysis worker.
pub struct Analyser {
    #[cfg(target_arch = "wasm32")]
    worker: web_sys::Worker,
    #[cfg(target_arch = "wasm32")]
    state: Rc<std::cell::RefCell<ClientState>>,
}

#[cfg(target_arch = "wasm32")]
#[derive(Default)]
struct ClientState {
    ready: bool,
    /// The request waiting for the worker to start.
    queued: Option<String>,
    /// The bundle of the latest request, its id and when it was sent.
    latest: Option<(u64, Rc<Bundle>, f64)>,
}

impl Analyser {
    /// Starts the worker (the app's own module, `parallax-web.js` next to the page); `None` when the browser
    /// cannot (natively, always).
    pub fn start(on_outcome: yew::Callback<Outcome>) -> Option<Analyser> {
        #[cfg(target_arch = "wasm32")]
        {
            use wasm_bindgen::JsCast;
            use wasm_bindgen::closure::Closure;
            let base = gloo::utils::document().base_uri().ok().flatten()?;
            let js = web_sys::Url::new_with_base("parallax-web.js", &base).ok()?.href();
            let wasm = web_sys::Url::new_with_base("parallax-web_bg.wasm", &base).ok()?.href();
            // The worker runs the app's own module (already in the browser's cache): a one-line
            // module loader (a blob, allowed by `worker-src blob:`) imports and starts it, and
            // `main` sees that it runs in a worker.
            // The addresses as JavaScript strings (JSON's are).
            let quoted = |s: String| write_json(&s, false);
            let loader = format!("import init from {}; init({{ module_or_path: {} }});", quoted(js), quoted(wasm));
            let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&loader));
            let bag = web_sys::BlobPropertyBag::new();
            bag.set_type("text/javascript");
            let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag).ok()?;
            let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
            let options = web_sys::WorkerOptions::new();
            options.set_type(web_sys::WorkerType::Module);
            let worker = web_sys::Worker::new_with_options(&url, &options).ok()?;
            let state = Rc::new(std::cell::RefCell::new(ClientState::default()));
            let on_message = {
                let state = state.clone();
                let worker = worker.clone();
                let on_outcome = on_outcome.clone();
                Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                    let Some(text) = e.data().as_string() else { return };
                    match decode(&text) {
                        Ok(Reply::Ready) => {
                            let queued = {
                                let mut s = state.borrow_mut();
                                s.ready = true;
                                s.queued.take()
                            };
                            if let Some(q) = queued {
                                let _ = worker.post_message(&wasm_bindgen::JsValue::from_str(&q));
                            }
                        }
                        Ok(Reply::Report { id, report }) => {
                            let latest = state.borrow().latest.clone();
                            if let Some((want, bundle, sent)) = latest
                                && want == id
                            {
                                let done = Outcome::Done(Analysed {
                                    revision: id,
                                    bundle,
                                    report: Rc::from(report),
                                    ms: now_ms() - sent,
                                    in_worker: true,
                                });
                                // Draw in a task of its own: reading a large report and
                                // drawing it in one task would block the page for too long.
                                let on_outcome = on_outcome.clone();
                                gloo::timers::callback::Timeout::new(0, move || on_outcome.emit(done)).forget();
                            }
                        }
                        Ok(Reply::Failed { message }) => on_outcome.emit(Outcome::Broken(message)),
                        // The error event that follows says only "unreachable": the page shows
                        // what the panic said (the first message shown stays).
                        Ok(Reply::Panicked { message }) => on_outcome.emit(Outcome::Stopped(message)),
                        Err(e) => on_outcome.emit(Outcome::Broken(e)),
                    }
                })
            };
            worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            on_message.forget();
            // Before the worker says it is ready, an error means it could not start; after, that
            // it stopped in the middle of an analysis.
            let ready = state.clone();
            let on_error = Closure::<dyn Fn(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                let why = e.message();
                on_outcome.emit(if ready.borrow().ready { Outcome::Stopped(why) } else { Outcome::Broken(why) });
            });
            worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            on_error.forget();
            Some(Analyser { worker, state })
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = on_outcome;
            None
        }
    }

    /// Sends a bundle to analyse; an earlier request still running is superseded (its answer
    /// is dropped).
    pub fn analyse(&self, revision: u64, bundle: Rc<Bundle>, restored: &[SentenceRef]) {
        #[cfg(target_arch = "wasm32")]
        {
            let request = Request { id: revision, bundle: (*bundle).clone(), restored: restored.to_vec() };
            let text = write_json(&request, false);
            let mut s = self.state.borrow_mut();
            s.latest = Some((revision, bundle, now_ms()));
            if s.ready {
                let _ = self.worker.post_message(&wasm_bindgen::JsValue::from_str(&text));
            } else {
                s.queued = Some(text);
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (revision, bundle, restored);
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
