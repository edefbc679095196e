// Corrections (link, unlink; exported and re-imported), autosave of the whole workspace, a
// full storage quota, the exports, the printable handout, embed mode and the embed code.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  bases, withBrowser, openApp, label, shot, columns, analysed, file, openFiles, download, exportButton, notice, inViewport, fillStorage,
} from "./helpers.mjs";

for (const base of bases) {
  test(`link and unlink two sentences; corrections survive export and import (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page, errors } = await openApp(browser, base);
      await analysed(page, 4);
      const inspector = page.getByRole("complementary", { name: "Selected sentence" });
      // Link the last sentence of the first article with the last of the second.
      const a = columns(page).nth(0).locator(".sentence").last();
      const b = columns(page).nth(1).locator(".sentence").last();
      await a.click();
      await inspector.getByRole("button", { name: "Link to a sentence in another article…" }).click();
      await page.getByText(/Choose a sentence in another article/).waitFor();
      await b.click();
      // A change that can be undone is announced in view, wherever the page is scrolled.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      assert.ok(await inViewport(await notice(page, "Linked the two sentences.")), "the Undo message is in view");
      // What the keyboard moves to is scrolled clear of the pinned message, not under it.
      await page.getByRole("button", { name: "Add, edit or reorder articles" }).focus();
      const clear = await page.evaluate(() => {
        const pinned = document.querySelector(".notice-slot-pinned").getBoundingClientRect();
        return document.activeElement.getBoundingClientRect().top >= pinned.bottom;
      });
      assert.ok(clear, "the focused button is not hidden under the message");
      await a.click();
      await inspector.getByText("· linked by you").waitFor();
      await shot(page, `correction-linked-${label(base)}`, { fullPage: false });

      const { name, text } = await download(page, await exportButton(page, "Download bundle (JSON)"));
      assert.match(name, /bundle\.json$/);
      const bundle = JSON.parse(text);
      assert.equal(bundle.corrections.length, 1);
      assert.equal(bundle.corrections[0].action, "link");

      // Unlink it again, then import the exported bundle: the link comes back.
      await inspector.locator(".counterpart").filter({ hasText: "linked by you" }).getByRole("button", { name: /^Unlink/ }).click();
      await notice(page, "Unlinked the two sentences.");
      await a.click();
      await inspector.getByText("· linked by you").waitFor({ state: "detached" });
      await openFiles(page, [file("exported.json", text, "application/json")]);
      await notice(page, "Opened “exported.json”.");
      await columns(page).nth(0).locator(".sentence").last().click();
      await inspector.getByText("· linked by you").waitFor();
      assert.deepEqual(errors, []);
    }));

  test(`the whole workspace survives a reload: articles, options, corrections, notes, view (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page } = await openApp(browser, base);
      await analysed(page, 4);
      await page.getByLabel(/Notes on this comparison/).fill("Headline vs lead.");
      await page.getByLabel(/Notes on this comparison/).blur();
      await page.getByLabel("Blind mode (hide outlet names)").check();
      await page.getByRole("tab", { name: "Claim matrix" }).click();
      await page.getByRole("radio", { name: /Reported by some/ }).check();
      await page.reload();
      await page.getByRole("tab", { name: "Claim matrix", selected: true }).waitFor();
      assert.ok(await page.getByRole("radio", { name: /Reported by some/ }).isChecked());
      assert.ok(await page.getByLabel("Blind mode (hide outlet names)").isChecked());
      assert.equal(await page.getByLabel(/Notes on this comparison/).inputValue(), "Headline vs lead.");
    }));

  test(`a full storage quota is reported with a download, and nothing is lost (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page } = await openApp(browser, base);
      await analysed(page, 4);
      await fillStorage(page);
      await page.getByLabel(/Notes on this comparison/).fill("A long note. ".repeat(2000));
      await page.getByLabel(/Notes on this comparison/).blur();
      const alert = page.getByRole("alert").filter({ hasText: "storage for this page is full" });
      await alert.waitFor();
      // The message is in view next to the notes that could not be saved, far down the page.
      assert.ok(await page.evaluate(() => window.scrollY > 0), "the notes are far down the page");
      assert.ok(await inViewport(alert), "the storage message is visible where the user is typing");
      await shot(page, `storage-full-${label(base)}`, { fullPage: false });
      const { text } = await download(page, alert.getByRole("button", { name: "Download the bundle" }));
      const saved = JSON.parse(text);
      assert.equal(saved.articles.length, 4);
      assert.match(saved.annotations[0].text, /^A long note\./);
      assert.equal(await columns(page).count(), 4);
    }));

  test(`exports: report JSON, Markdown, CSV claim matrix; the printable handout (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page } = await openApp(browser, base);
      await analysed(page, 4);
      const report = await download(page, await exportButton(page, "Download report (JSON)"));
      const parsed = JSON.parse(report.text);
      assert.equal(parsed.format, "parallax-report");
      assert.equal(parsed.articles.length, 4);
      const md = await download(page, await exportButton(page, "Download report (Markdown)"));
      assert.match(md.text, /^# /);
      const csv = await download(page, await exportButton(page, "Download claim matrix (CSV)"));
      const header = csv.text.split("\r\n")[0];
      assert.equal(header.split(",").length, 5, header);
      assert.equal(csv.text.trim().split("\r\n").length, parsed.claims.length + 1);
      await page.getByRole("tab", { name: "Claim matrix" }).click();
      await page.emulateMedia({ media: "print" });
      assert.ok(!(await page.getByRole("button", { name: "Export and share" }).isVisible()), "no controls on paper");
      await shot(page, `handout-print-${label(base)}`);
      await page.emulateMedia({ media: "screen" });
    }));

  test(`?embed=1 is compact and read-only; the embed code dialog gives an iframe (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page } = await openApp(browser, base);
      await analysed(page, 4);
      await (await exportButton(page, "Copy embed code…")).click();
      const dialog = page.getByRole("dialog", { name: "Embed code" });
      const snippet = await dialog.getByRole("textbox").inputValue();
      assert.match(snippet, /^<iframe src="[^"]*\?embed=1#b=[A-Za-z0-9_-]+" title="Parallax: /);
      await dialog.getByRole("button", { name: "Copy" }).click();
      await dialog.getByRole("button", { name: "Copied" }).waitFor();
      await shot(page, `embed-code-${label(base)}`, { fullPage: false });
      await page.keyboard.press("Escape");

      const src = snippet.match(/src="([^"]*)"/)[1].replaceAll("&amp;", "&");
      const embed = await openApp(browser, base, { query: src.slice(base.length), viewport: { width: 900, height: 600 } });
      await analysed(embed.page, 4);
      assert.equal(await columns(embed.page).count(), 4);
      for (const absent of ["Export and share", "Add, edit or reorder articles", "Add article"]) {
        assert.equal(await embed.page.getByRole("button", { name: absent }).count(), 0, `no “${absent}” in embed`);
      }
      await embed.page.getByRole("link", { name: "Open in Parallax" }).waitFor();
      await embed.page.getByRole("tab", { name: "Claim matrix" }).click();
      await embed.page.getByRole("table").waitFor();
      assert.equal(await embed.page.evaluate(() => localStorage.length), 0, "embed mode saves nothing");
      await shot(embed.page, `embed-${label(base)}`, { fullPage: false });
    }));

  test(`a bundle too large for a link gets a warning and a download instead (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page } = await openApp(browser, base);
      const big = { format: "parallax-bundle", version: 1, event: { title: "Big" }, articles: [] };
      let x = 1;
      const rnd = () => ((x = (x * 48271) % 2147483647), x);
      for (let k = 0; k < 3; k++) {
        const words = Array.from({ length: 4000 }, () => rnd().toString(36)).join(" ");
        big.articles.push({ id: `b${k}`, outlet: `Big ${k}`, text: words + "." });
      }
      await openFiles(page, [file("big.json", JSON.stringify(big), "application/json")]);
      await notice(page, "Opened “big.json”.");
      await (await exportButton(page, "Share link…")).click();
      const dialog = page.getByRole("dialog", { name: "Share link" });
      await dialog.getByText(/too large for a link/).waitFor();
      const dl = await download(page, dialog.getByRole("button", { name: "Download the bundle instead" }));
      assert.equal(JSON.parse(dl.text).articles.length, 3);
    }));
}
