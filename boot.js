// Loads the app (no inline script: see the Content-Security-Policy in index.html) and catches
// what stops it; see ARCHITECTURE.md, "When Parallax stops", and the keys in src/ui/storage.rs.
import init from "./parallax-web.js";

const SAVED = "parallax.workspace.v1";
const UNDO = "parallax.workspace.undo";
const EARLIER = "parallax.recent.";
const BUSY = "parallax.analysing";
const STOPPED = "parallax.stopped";
const embed = new URLSearchParams(location.search).get("embed") === "1";
const store = (change) => {
  if (embed) return;
  try { change(localStorage); } catch {}
};
const home = location.href.split(/[?#]/)[0];

function stopped(why) {
  if (document.getElementById("stopped")) return;
  why = String(why || "an unknown error");
  console.error(`Parallax stopped: ${why}`);
  store((s) => s.setItem(STOPPED, why));
  const box = document.createElement("div");
  box.id = "stopped";
  box.className = "stopped";
  box.setAttribute("role", "alertdialog");
  box.setAttribute("aria-modal", "true");
  box.setAttribute("aria-labelledby", "stopped-title");
  box.setAttribute("aria-describedby", "stopped-text");
  const add = (tag, text, parent = box) => {
    const el = document.createElement(tag);
    el.textContent = text;
    parent.append(el);
    return el;
  };
  add("h2", "Parallax stopped").id = "stopped-title";
  const text = add("div", "");
  text.id = "stopped-text";
  add("p", `An error in Parallax stopped the page (${why}).`, text);
  if (!embed) {
    add("p", "Your workspace is saved as it was after your last change. Reload it: it opens without being analysed, so that the same error cannot stop the page again. Or start from the sample: your workspace is kept among the earlier ones.", text);
    const buttons = add("div", "");
    buttons.className = "stopped-buttons";
    const reload = add("button", "Reload my workspace", buttons);
    reload.className = "button-primary";
    reload.onclick = () => location.replace(home);
    const sample = add("button", "Start again from the sample", buttons);
    sample.className = "button-small";
    sample.onclick = () => {
      store((s) => {
        const saved = s.getItem(SAVED);
        if (saved) s.setItem(EARLIER + Date.now(), saved);
        for (const key of [SAVED, UNDO, BUSY, STOPPED]) s.removeItem(key);
      });
      location.replace(home);
    };
  }
  for (const el of document.body.children) el.inert = true;
  document.body.append(box);
  box.querySelector("button")?.focus();
}
globalThis.parallaxStopped = stopped;
// The analysis engine loaded into the page, for a browser that cannot start its worker
// (src/ui/analysis.rs): one request's JSON text in, the reply's out.
globalThis.parallaxAnalyse = async (request) => {
  const engine = await import("./parallax-engine.js");
  await engine.default({ module_or_path: new URL("./parallax-engine_bg.wasm", import.meta.url) });
  return engine.answer(request);
};
addEventListener("error", (e) => stopped(e.error?.message ? `${e.error.name}: ${e.error.message}` : e.message));
addEventListener("unhandledrejection", (e) => stopped(e.reason?.message ?? e.reason));
addEventListener("pagehide", () => store((s) => s.getItem(STOPPED) === null && s.removeItem(BUSY)));

const status = document.getElementById("boot-status");
try {
  await init({ module_or_path: new URL("./parallax-web_bg.wasm", import.meta.url) });
  if (status) status.remove();
} catch (err) {
  if (err instanceof WebAssembly.RuntimeError) {
    if (status) status.remove();
    stopped(`${err.name}: ${err.message}`);
  } else if (status) {
    status.textContent =
      "Parallax could not start in this browser (" + String(err && err.message || err) +
      "). Try a current version of Firefox, Chrome, Edge or Safari.";
    status.setAttribute("role", "alert");
  }
}
