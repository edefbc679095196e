// Loads the WebAssembly app. Kept in its own file so that the page needs no inline
// script (see the Content-Security-Policy in index.html). Paths are relative to this
// file, so the build works under any sub-path.
import init from "./parallax-web.js";

const status = document.getElementById("boot-status");
try {
  await init({ module_or_path: new URL("./parallax-web_bg.wasm", import.meta.url) });
  if (status) status.remove();
} catch (err) {
  if (status) {
    status.textContent =
      "Parallax could not start in this browser (" + String(err && err.message || err) +
      "). Try a current version of Firefox, Chrome, Edge or Safari.";
    status.setAttribute("role", "alert");
  }
}
