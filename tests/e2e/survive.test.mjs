// Issue 17, items 4 and 5: nothing is lost (a link keeps the workspace it replaces among the
// earlier workspaces, Undo survives a reload, a full storage never costs the saved copy) and
// a failure is shown and survived (a message with two safe ways back, and no loop on reload).
import { test } from "node:test";
import assert from "node:assert/strict";
import { deflateRawSync } from "node:zlib";
import {
  bases, origin, withBrowser, openApp, label, shot, openTools, addArticle, columns, analysed, madeUpBundle, notice, fillStorage,
} from "./helpers.mjs";

/** Serves `bundle` at a made-up address of the test server, for `?bundle=`. */
async function serve(context, name, bundle) {
  const url = `${origin}/e2e-bundles/${name}.json`;
  await context.route(url, (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(bundle) }));
  return `?bundle=${encodeURIComponent(url)}`;
}

/** A browser that cannot start a web worker. */
async function withoutWorkers(context) {
  await context.addInitScript(() => {
    globalThis.Worker = class {
      constructor() {
        throw new Error("no workers in this browser");
      }
    };
  });
}

/** Opens the list of earlier workspaces (from the keyboard) and returns its Restore buttons. */
async function earlier(page) {
  await openTools(page);
  const toggle = page.getByRole("button", { name: "Earlier workspaces" });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") {
    await toggle.focus();
    await page.keyboard.press("Enter");
  }
  await page.locator(".earlier-list").waitFor();
  return page.getByRole("button", { name: /^Restore “/ });
}

const notes = (page) => page.getByLabel(/Notes on this comparison/);
const blind = (page) => page.getByLabel("Blind mode (hide outlet names)");

for (const base of bases) {
  test(`a ?bundle= link keeps the workspace it replaces, restorable as it was left or deleted from the keyboard (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { context, page, errors } = await openApp(browser, base);
      await analysed(page, 4);
      await notes(page).fill("My notes on the sample.");
      await notes(page).blur();
      await blind(page).check();
      const query = await serve(context, "ferry", madeUpBundle(2, 60, "Ferry link"));
      await page.goto(base + query);
      await notice(page, "Opened the bundle from");
      await analysed(page, 2);
      // Once open, the link leaves the address: a reload keeps what is open now.
      await page.waitForFunction(() => !location.search.includes("bundle="));
      await page.reload();
      await analysed(page, 2);
      await blind(page).uncheck();
      const restore = await earlier(page);
      assert.equal(await restore.count(), 1);
      assert.match(await restore.getAttribute("aria-label"), /^Restore “.+”, kept \d/);
      await shot(page, `earlier-workspaces-${label(base)}`, { fullPage: false });
      await restore.focus();
      await page.keyboard.press("Enter");
      await notice(page, "Restored the earlier workspace");
      await analysed(page, 4);
      assert.equal(await notes(page).inputValue(), "My notes on the sample.");
      assert.equal(await blind(page).isChecked(), true, "restored as it was left, view settings too");
      // The link's workspace was kept in turn, and can be deleted from the keyboard.
      const again = await earlier(page);
      assert.equal(await again.count(), 1);
      assert.match(await again.getAttribute("aria-label"), /^Restore “Ferry link”/);
      const remove = page.getByRole("button", { name: /^Delete “Ferry link”, kept \d/ });
      await remove.focus();
      await page.keyboard.press("Enter");
      await page.locator(".earlier-list").getByText(/^None yet/).waitFor();
      assert.equal(await again.count(), 0);
      // A reload keeps the restored workspace and the deletion.
      await page.reload();
      await analysed(page, 4);
      assert.equal(await notes(page).inputValue(), "My notes on the sample.");
      assert.equal(await (await earlier(page)).count(), 0, "the deletion is kept");
      assert.deepEqual(errors, []);
    }));

  test(`a share link keeps the workspace it replaces (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const first = await openApp(browser, base);
      await analysed(first.page, 4);
      await first.page.close();
      const fragment = "b=" + deflateRawSync(Buffer.from(JSON.stringify(madeUpBundle(3, 40, "Shared ferry")))).toString("base64url");
      const { page } = await openApp(browser, base, { context: first.context, query: `#${fragment}` });
      await notice(page, "Opened the bundle carried by the share link.");
      await analysed(page, 3);
      const restore = await earlier(page);
      assert.equal(await restore.count(), 1);
      await restore.click();
      await analysed(page, 4);
    }));

  test(`Undo survives a reload (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page, errors } = await openApp(browser, base);
      await analysed(page, 4);
      await openTools(page);
      await page.getByRole("button", { name: /^Remove / }).first().click();
      await notice(page, "Removed “");
      await analysed(page, 3);
      await page.reload();
      await analysed(page, 3);
      const removed = await notice(page, "Removed “");
      await removed.getByRole("button", { name: "Undo" }).click();
      await notice(page, "Put back as it was.");
      await analysed(page, 4);
      // Once used, it is gone, after a reload too.
      await page.reload();
      await analysed(page, 4);
      assert.equal(await page.getByRole("button", { name: "Undo" }).count(), 0);
      assert.deepEqual(errors, []);
    }));
}

const base = bases[bases.length - 1]; // the sub-path: the safe reload must find the app there

test(`a full storage: Undo makes way with a message, and a link never costs the saved copy (${label(base)})`, () =>
  withBrowser(async (browser) => {
    const { context, page } = await openApp(browser, base);
    await analysed(page, 4);
    await fillStorage(page);
    await openTools(page);
    await page.getByRole("button", { name: /^Remove / }).first().click();
    const removed = await notice(page, "Removed “");
    await removed.getByText("this Undo is not saved").waitFor();
    await removed.getByRole("button", { name: "Undo" }).waitFor();
    await shot(page, `undo-not-saved-${label(base)}`, { fullPage: false });
    // The workspace itself was saved.
    await page.reload();
    await analysed(page, 3);
    // No room to keep it aside: the link's bundle is shown but not saved over it.
    const query = await serve(context, "big-ferry", madeUpBundle(2, 400, "Ferry that does not fit"));
    await page.goto(base + query);
    await analysed(page, 2);
    await page.getByRole("alert").filter({ hasText: "your earlier one stays saved instead" }).waitFor();
    await page.goto(base);
    await analysed(page, 3);
  }));

/** A context whose analysis worker fails, as a trap in its WebAssembly does, on any bundle with
 * "CRASH-ME" in it (counted in sessionStorage); other bundles go to the real worker. */
async function crashingContext(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(() => {
    if (typeof document === "undefined" || typeof Worker === "undefined") return;
    const Real = Worker;
    globalThis.Worker = class extends Real {
      postMessage(message) {
        if (!String(message).includes("CRASH-ME")) return super.postMessage(message);
        sessionStorage.setItem("crashes", String(Number(sessionStorage.getItem("crashes") ?? 0) + 1));
        setTimeout(() => this.dispatchEvent(new ErrorEvent("error", { message: "Uncaught RuntimeError: unreachable" })));
      }
    };
  });
  return context;
}

const crashes = (page) => page.evaluate(() => Number(sessionStorage.getItem("crashes") ?? 0));

test(`the worker stops: a message, no loop on reload, and two safe ways back (${label(base)})`, () =>
  withBrowser(async (browser) => {
    const context = await crashingContext(browser);
    const { page } = await openApp(browser, base, { context });
    await analysed(page, 4);
    // Over 40 KB of text: analysed in the worker, and saved before the worker fails.
    const query = await serve(context, "crash", madeUpBundle(2, 5000, "CRASH-ME ferry"));
    await page.goto(base + query);
    const stopped = page.getByRole("alertdialog", { name: "Parallax stopped" });
    await stopped.waitFor();
    await stopped.getByText("RuntimeError: unreachable").waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Reload my workspace");
    await shot(page, `stopped-${label(base)}`, { fullPage: false });
    assert.equal(await crashes(page), 1);

    // An ordinary reload, the link still in the address: shown, not analysed, no loop.
    await page.reload();
    const held = await notice(page, "did not finish");
    await held.getByRole("button", { name: "Analyse it" }).waitFor();
    await page.getByText("Not analysed: see the message above.").waitFor();
    assert.equal(await columns(page).count(), 0, "nothing analysed");
    assert.equal(await stopped.count(), 0);
    // The last good workspace is among the earlier ones.
    const restore = await earlier(page);
    await restore.first().click();
    await analysed(page, 4);
    assert.equal(await crashes(page), 1, "the failing bundle was not analysed again");

    // Again, then "Start again from the sample": the failing workspace is kept, not analysed.
    await page.goto(base + query);
    await stopped.waitFor();
    assert.equal(await crashes(page), 2);
    await stopped.getByRole("button", { name: "Start again from the sample" }).click();
    await page.waitForURL(base);
    await analysed(page, 4);
    assert.equal(await page.locator(".notice").filter({ hasText: "did not finish" }).count(), 0);
    await earlier(page);
    await page.getByRole("button", { name: /^Restore “CRASH-ME ferry”/ }).first().waitFor();
    assert.equal(await crashes(page), 2);
  }));

test(`an error on the page: a message, and "Reload my workspace" opens it held until asked (${label(base)})`, () =>
  withBrowser(async (browser) => {
    const { page } = await openApp(browser, base);
    await analysed(page, 4);
    // A trap in the page's WebAssembly surfaces as an uncaught RuntimeError.
    await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError("unreachable"); }));
    const stopped = page.getByRole("alertdialog", { name: "Parallax stopped" });
    await stopped.waitFor();
    await page.keyboard.press("Enter");
    await page.waitForURL(base);
    const held = await notice(page, "Parallax stopped (RuntimeError: unreachable)");
    assert.equal(await stopped.count(), 0);
    await held.getByRole("button", { name: "Analyse it" }).click();
    await analysed(page, 4);
    // A good analysis clears the marks: the next start analyses at once.
    await page.reload();
    await analysed(page, 4);
    assert.equal(await page.locator(".notice").filter({ hasText: "did not finish" }).count(), 0);
  }));

test(`a browser that cannot start the worker analyses on the page, with a message (${label(base)})`, () =>
  withBrowser(async (browser) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await withoutWorkers(context);
    const { page, errors } = await openApp(browser, base, { context });
    await analysed(page, 4);
    await addArticle(page, "Harbour Post", "The council met on Tuesday. It kept the night ferry.");
    await notice(page, "The background analysis could not run");
    await analysed(page, 5);
    assert.equal(await columns(page).count(), 5);
    assert.deepEqual(errors, []);
  }));

test(`an engine that cannot be loaded: a message, and the status stops saying "Analysing" (${label(base)})`, () =>
  withBrowser(async (browser) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await withoutWorkers(context);
    // As when the network goes away after the page loaded: the engine's module cannot be had.
    await context.route("**/parallax-engine_bg.wasm", (route) => route.fulfill({ status: 404, body: "gone" }));
    const { page } = await openApp(browser, base, { context });
    await analysed(page, 4);
    await addArticle(page, "Harbour Post", "The council met on Tuesday. It kept the night ferry.");
    await notice(page, "The analysis could not run");
    const status = page.locator(".analysis-status");
    await status.getByText(/^Not analysed: the analysis could not run/).waitFor();
    assert.equal(await status.locator("progress").count(), 0);
    assert.equal(await page.locator("#views").getAttribute("aria-busy"), "false");
    // With the engine back, a change to the articles analyses them.
    await context.unroute("**/parallax-engine_bg.wasm");
    await addArticle(page, "Island Courier", "The night ferry stays, the council said.");
    await analysed(page, 6);
  }));

test(`without the sample's ready-made report, the worker analyses the sample (${label(base)})`, () =>
  withBrowser(async (browser) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.route("**/samples/diplomacy/report.json", (route) => route.fulfill({ status: 404, body: "gone" }));
    const { page } = await openApp(browser, base, { context });
    const status = await analysed(page, 4);
    assert.match(status, /in the background/);
    assert.equal(await columns(page).count(), 4);
  }));
