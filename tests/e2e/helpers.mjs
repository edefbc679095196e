// Shared helpers for the end-to-end tests: launching Debian's Chromium through
// playwright-core, the base URLs under test, made-up test articles, files and screenshots.
import { chromium } from "playwright-core";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const project = join(here, "..", "..");
export const artifacts = join(here, "artifacts");
mkdirSync(artifacts, { recursive: true });

/** The base URLs the app is served at: the root and a sub-path. */
export const bases = (process.env.PARALLAX_BASES ?? "http://127.0.0.1:8080/").split(",");
export const origin = process.env.PARALLAX_ORIGIN ?? new URL(bases[0]).origin;

/** Launches headless Chromium with the flags that keep it off the network. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** A fresh context (empty storage) and page; page errors are collected for the test to check. */
export async function openApp(browser, base, { viewport = { width: 1280, height: 720 }, query = "", context } = {}) {
  context = context ?? (await browser.newContext({ viewport, acceptDownloads: true }));
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(base + query);
  await page.getByRole("heading", { name: "Parallax", level: 1 }).waitFor();
  return { context, page, errors };
}

/** Runs `body(browser)` with a fresh browser, always closing it. */
export async function withBrowser(body) {
  const browser = await launch();
  try {
    return await body(browser);
  } finally {
    await browser.close();
  }
}

/** A name for files made from a base URL ("root" or "subpath"). */
export function label(base) {
  return new URL(base).pathname === "/" ? "root" : "subpath";
}

/** Saves a full-page screenshot into tests/e2e/artifacts/. */
export async function shot(page, name, { fullPage = true } = {}) {
  // Two frames, so that what was just scrolled into view has been drawn.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage });
}

/** Opens the "Add, edit or reorder articles" tools if they are closed. */
export async function openTools(page) {
  const toggle = page.getByRole("button", { name: /Add, edit or reorder articles|Close/ });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await page.getByRole("button", { name: "Add article" }).waitFor();
}

/** Adds an article from the tools (opening them first): its outlet and text. */
export async function addArticle(page, outlet, text) {
  await openTools(page);
  await page.getByLabel("Outlet", { exact: true }).fill(outlet);
  await page.getByLabel("Article text", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Add article" }).click();
}

/** Waits until the analysis of the current workspace is done, and returns the status text. */
export async function analysed(page, articles) {
  const status = page.getByText(new RegExp(`^Analysed ${articles} articles?`));
  await status.waitFor({ timeout: 60_000 });
  return status.textContent();
}

/** The reader's article columns. */
export const columns = (page) => page.getByRole("group", { name: "Articles side by side" }).getByRole("article");

/** Words for made-up test articles (written for these tests). */
const WORDS = (
  "council harbour ferry vote night workers budget plan service route island town mayor " +
  "residents said argued claimed noted warned cost million year month week station pier " +
  "transport fare ticket schedule winter summer report board member union driver crew " +
  "safety repair boat engine delay storm weather public meeting hall debate motion"
).split(" ");

/** A deterministic made-up article of about `words` words, in paragraphs of five sentences. */
export function madeUpText(seed, words) {
  let x = seed * 7919 + 17;
  const next = () => ((x = (x * 1103515245 + 12345) % 2147483648), x);
  const sentences = [];
  let count = 0;
  while (count < words) {
    const n = 8 + (next() % 12);
    const w = [];
    for (let k = 0; k < n; k++) w.push(WORDS[next() % WORDS.length]);
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    sentences.push(w.join(" ") + ".");
    count += n;
  }
  const paras = [];
  for (let k = 0; k < sentences.length; k += 5) paras.push(sentences.slice(k, k + 5).join(" "));
  return paras.join("\n\n");
}

/** A bundle of `n` made-up articles of about `words` words each. */
export function madeUpBundle(n, words, title = "Made-up ferry vote") {
  return {
    format: "parallax-bundle",
    version: 1,
    event: { title },
    articles: Array.from({ length: n }, (_, k) => ({
      id: `a${k + 1}`,
      outlet: `Test Outlet ${k + 1}`,
      title: `Ferry vote report ${k + 1}`,
      text: madeUpText(k + 1, words),
    })),
  };
}

/** A file for `setInputFiles`. */
export function file(name, content, mimeType = "text/plain") {
  return { name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) };
}

/** A built-in sample bundle, as a file. */
export function sampleFile(key) {
  return file(`${key}.json`, readFileSync(join(project, "samples", key, "bundle.json")), "application/json");
}

/** Opens files through the "Open files…" button. */
export async function openFiles(page, files) {
  await openTools(page);
  await page.getByLabel("Open files…").setInputFiles(files);
}

/** Drops files on the drop zone, as dragging them from the desktop does. */
export async function dropFiles(page, files) {
  await openTools(page);
  const payload = files.map((f) => ({ name: f.name, type: f.mimeType, bytes: [...f.buffer] }));
  const dt = await page.evaluateHandle((items) => {
    const dt = new DataTransfer();
    for (const f of items) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    return dt;
  }, payload);
  await page.getByText(/Or drop files here/).dispatchEvent("drop", { dataTransfer: dt });
}

/** Reads a download started by clicking `button`. */
export async function download(page, button) {
  const [dl] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: dl.suggestedFilename(), text: readFileSync(await dl.path(), "utf8") };
}

/** Opens the export menu and returns a button in it. */
export async function exportButton(page, name) {
  const menu = page.getByRole("button", { name: "Export and share" });
  if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
  return page.getByRole("group", { name: "Export and share" }).getByRole("button", { name });
}

/** Fills this origin's local storage to the brim with other data. */
export async function fillStorage(page) {
  await page.evaluate(() => {
    let k = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      const chunk = "x".repeat(size);
      for (;;) {
        try { localStorage.setItem(`filler-${k++}`, chunk); } catch { break; }
      }
    }
  });
}

/** True when the element is wholly inside the visible part of the page. */
export async function inViewport(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
}

/** The notice containing `text`, once it is shown. */
export async function notice(page, text) {
  const n = page.locator(".notice").filter({ hasText: text });
  await n.waitFor();
  return n;
}
