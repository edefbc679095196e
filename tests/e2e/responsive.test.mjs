// Responsiveness: a large bundle is analysed in the background with progress shown, and the
// page keeps answering meanwhile; the tablet layout shows every view.
import { test } from "node:test";
import assert from "node:assert/strict";
import { bases, withBrowser, openApp, label, shot, columns, analysed, file, openFiles, madeUpBundle } from "./helpers.mjs";

const base = bases[0];

test(`20 articles × 3,000 words: progress shown, page usable, analysis finishes (${label(base)})`, () =>
  withBrowser(async (browser) => {
    const { page, errors } = await openApp(browser, base);
    await analysed(page, 4);
    await openFiles(page, [file("large.json", JSON.stringify(madeUpBundle(20, 3000)), "application/json")]);
    const progress = page.getByRole("progressbar", { name: "Analysing the articles" });
    await progress.waitFor();
    await shot(page, `large-bundle-progress-${label(base)}`, { fullPage: false });
    // While it runs, the page answers: switch views and back.
    await page.getByRole("tab", { name: "Glossary" }).click();
    await page.getByRole("tab", { name: "Glossary", selected: true }).waitFor({ timeout: 2000 });
    await page.getByRole("tab", { name: "Reader" }).click();
    const status = await analysed(page, 20);
    assert.match(status, /in the background/);
    assert.equal(await columns(page).count(), 20);
    assert.deepEqual(errors, []);
  }));

for (const b of bases) {
  test(`tablet 768×1024 shows every view without overlap (${label(b)})`, () =>
    withBrowser(async (browser) => {
      const { page } = await openApp(browser, b, { viewport: { width: 768, height: 1024 } });
      await analysed(page, 4);
      for (const tab of ["Reader", "Claim matrix", "Framing", "Findings", "Glossary"]) {
        await page.getByRole("tab", { name: tab }).click();
        await page.getByRole("tab", { name: tab, selected: true }).waitFor();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 768, `${tab}: no sideways scrolling of the page (${width}px)`);
      }
      await page.getByRole("tab", { name: "Reader" }).click();
      await shot(page, `tablet-reader-${label(b)}`, { fullPage: false });
    }));
}
