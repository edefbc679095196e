// Shared helpers for the end-to-end tests: launching Debian's Chromium through
// playwright-core, the base URLs under test, and screenshots.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
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

/** A fresh context (empty storage) and page; page errors fail the test that reads them. */
export async function openApp(browser, base, { viewport = { width: 1280, height: 720 }, query = "" } = {}) {
  const context = await browser.newContext({ viewport });
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

/** A name for files made from a base URL ("root" or "subpath"). */
export function label(base) {
  return new URL(base).pathname === "/" ? "root" : "subpath";
}

/** Saves a full-page screenshot into tests/e2e/artifacts/. */
export async function shot(page, name) {
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}
