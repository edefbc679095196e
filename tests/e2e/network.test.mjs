// Privacy: a full session makes no request outside the page's own origin.
import { test } from "node:test";
import assert from "node:assert/strict";
import { bases, withBrowser, openApp, label, columns, analysed, openTools, file, openFiles, download, exportButton, madeUpBundle } from "./helpers.mjs";

for (const base of bases) {
  test(`a full session sends no request outside the page's origin (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
      const seen = [];
      context.on("request", (r) => seen.push(r.url()));
      const { page, errors } = await openApp(browser, base, { context });
      page.on("worker", (w) => seen.push(w.url()));
      assert.match(await analysed(page, 4), /when Parallax was built/);
      // A first visit shows the sample's ready-made report: the engine's module is not loaded.
      const engine = () => seen.filter((u) => /parallax-engine/.test(u));
      assert.ok(seen.some((u) => u.endsWith("samples/diplomacy/report.json")), "the ready-made report is read");
      assert.deepEqual(engine(), [], "a first visit does not load the engine");
      await columns(page).nth(1).locator(".sentence").first().hover();
      await columns(page).nth(1).locator(".sentence").first().click();
      for (const tab of ["Claim matrix", "Framing", "Findings", "Glossary", "Reader"]) {
        await page.getByRole("tab", { name: tab }).click();
      }
      assert.deepEqual(engine(), [], "reading the sample does not load the engine");
      await openTools(page);
      // Opening the tools starts the worker: the engine loads before the edit comes.
      for (let k = 0; k < 100 && !engine().some((u) => u.endsWith("parallax-engine_bg.wasm")); k++) await page.waitForTimeout(50);
      assert.ok(engine().some((u) => u.endsWith("parallax-engine_bg.wasm")), "opening the tools loads the engine");
      await page.getByLabel("Outlet", { exact: true }).fill("Session Post");
      await page.getByLabel("Article text", { exact: true }).fill("The council met on Tuesday. It kept the ferry.");
      await page.getByRole("button", { name: "Add article" }).click();
      await analysed(page, 5);
      // A large bundle goes through the analysis worker.
      await openFiles(page, [file("large.json", JSON.stringify(madeUpBundle(6, 1500)), "application/json")]);
      await analysed(page, 6);
      await download(page, await exportButton(page, "Download bundle (JSON)"));
      await download(page, await exportButton(page, "Download report (Markdown)"));
      await (await exportButton(page, "Share link…")).click();
      await page.reload();
      await analysed(page, 6);
      const own = new URL(base).origin;
      const outside = seen.filter((u) => {
        const url = new URL(u);
        if (url.protocol === "data:") return false;
        if (url.protocol === "blob:") return new URL(u.slice(5)).origin !== own;
        return url.origin !== own;
      });
      assert.ok(seen.length > 3, `requests were recorded: ${seen.length}`);
      assert.deepEqual(outside, [], "no request leaves the origin");
      assert.deepEqual(errors, []);
    }));
}
