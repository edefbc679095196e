// The first vertical slice: the sample opens with four articles side by side; a pasted
// fifth article appears with its sentences and survives a reload; remove and undo.
import { test } from "node:test";
import assert from "node:assert/strict";
import { bases, withBrowser, openApp, label, shot, openTools, columns, analysed } from "./helpers.mjs";

const fifth = {
  outlet: "The Test Courier",
  title: "A fifth view of the letter",
  text: "The letter was signed by many parties. Observers said it mattered.\n\nA second paragraph follows here. It has two sentences.",
};

for (const base of bases) {
  test(`sample opens, a pasted article is added and kept after reload (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page, errors } = await openApp(browser, base);
      await columns(page).nth(3).waitFor();
      assert.equal(await columns(page).count(), 4);
      await page.getByText("Constructed for teaching:", { exact: true }).waitFor();
      await analysed(page, 4);
      await shot(page, `reader-${label(base)}`, { fullPage: false });

      await openTools(page);
      await page.getByLabel("Outlet", { exact: true }).fill(fifth.outlet);
      await page.getByLabel("Title", { exact: true }).fill(fifth.title);
      await page.getByLabel("Article text", { exact: true }).fill(fifth.text);
      await page.getByRole("button", { name: "Add article" }).click();

      const added = page.getByRole("article", { name: fifth.outlet });
      await added.waitFor();
      assert.equal(await columns(page).count(), 5);
      const sentences = added.locator(".sentence");
      assert.equal(await sentences.count(), 4);
      assert.equal(await sentences.nth(1).textContent(), "Observers said it mattered.");

      await page.reload();
      await page.getByRole("article", { name: fifth.outlet }).waitFor();
      assert.equal(await columns(page).count(), 5);
      assert.deepEqual(errors, []);
    }));

  test(`an empty article is refused with a message and the typed fields are kept (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page } = await openApp(browser, base);
      await openTools(page);
      await page.getByLabel("Outlet", { exact: true }).fill("Nothing Daily");
      await page.getByRole("button", { name: "Add article" }).click();
      await page.getByRole("alert").filter({ hasText: "article text is empty" }).waitFor();
      assert.equal(await page.getByLabel("Outlet", { exact: true }).inputValue(), "Nothing Daily");
      await analysed(page, 4);
      assert.equal(await columns(page).count(), 4);
    }));

  test(`removing an article can be undone (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page } = await openApp(browser, base);
      await openTools(page);
      const name = (await columns(page).first().getByRole("heading").textContent()).trim();
      await page.getByRole("button", { name: `Remove ${name}` }).click();
      await page.getByText(`Removed “${name}”.`).waitFor();
      await analysed(page, 3);
      assert.equal(await columns(page).count(), 3);
      await page.getByRole("button", { name: "Undo" }).click();
      await page.getByText("Put back as it was.").waitFor();
      await analysed(page, 4);
      assert.equal(await columns(page).count(), 4);
      assert.equal((await columns(page).first().getByRole("heading").textContent()).trim(), name);
    }));
}
