// The first vertical slice: the sample opens with four articles side by side; a pasted
// fifth article appears with its sentences and survives a reload.
import { test } from "node:test";
import assert from "node:assert/strict";
import { bases, launch, openApp, label, shot } from "./helpers.mjs";

const fifth = {
  outlet: "The Test Courier",
  title: "A fifth view of the letter",
  text: "The letter was signed by many parties. Observers said it mattered.\n\nA second paragraph follows here. It has two sentences.",
};

for (const base of bases) {
  test(`sample opens, a pasted article is added and kept after reload (${label(base)})`, async () => {
    const browser = await launch();
    try {
      const { page, errors } = await openApp(browser, base);
      const articles = page.getByRole("article");
      await assert.doesNotReject(articles.nth(3).waitFor());
      assert.equal(await articles.count(), 4);
      await assert.doesNotReject(page.getByText("Constructed for teaching:", { exact: true }).waitFor());
      await shot(page, `slice-sample-${label(base)}`);

      await page.getByLabel("Outlet").fill(fifth.outlet);
      await page.getByLabel("Title").fill(fifth.title);
      await page.getByLabel("Article text").fill(fifth.text);
      await page.getByRole("button", { name: "Add article" }).click();

      const added = page.getByRole("article", { name: fifth.outlet });
      await added.waitFor();
      assert.equal(await articles.count(), 5);
      const sentences = added.locator(".sentence");
      assert.equal(await sentences.count(), 4);
      assert.equal(await sentences.nth(1).textContent(), "Observers said it mattered.");

      await page.reload();
      await page.getByRole("article", { name: fifth.outlet }).waitFor();
      assert.equal(await page.getByRole("article").count(), 5);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });

  test(`an empty article is refused with a message and the typed fields are kept (${label(base)})`, async () => {
    const browser = await launch();
    try {
      const { page } = await openApp(browser, base);
      await page.getByLabel("Outlet").fill("Nothing Daily");
      await page.getByRole("button", { name: "Add article" }).click();
      await page.getByRole("alert").filter({ hasText: "article text is empty" }).waitFor();
      assert.equal(await page.getByLabel("Outlet").inputValue(), "Nothing Daily");
      assert.equal(await page.getByRole("article").count(), 4);
    } finally {
      await browser.close();
    }
  });

  test(`removing an article can be undone (${label(base)})`, async () => {
    const browser = await launch();
    try {
      const { page } = await openApp(browser, base);
      const first = page.getByRole("article").first();
      const name = (await first.getByRole("heading").textContent()).trim();
      await page.getByRole("button", { name: `Remove ${name}` }).click();
      assert.equal(await page.getByRole("article").count(), 3);
      await page.getByRole("button", { name: "Undo" }).click();
      assert.equal(await page.getByRole("article").count(), 4);
      assert.equal((await page.getByRole("article").first().getByRole("heading").textContent()).trim(), name);
    } finally {
      await browser.close();
    }
  });
}
