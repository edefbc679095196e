// Bad input: each case gets one clear message, and nothing already loaded is lost.
import { test } from "node:test";
import assert from "node:assert/strict";
import { deflateRawSync } from "node:zlib";
import {
  bases, withBrowser, openApp, label, shot, openTools, columns, analysed, file, openFiles, madeUpBundle, madeUpText,
} from "./helpers.mjs";

const base = bases[bases.length - 1]; // the sub-path deployment; the root is covered by the other files

/** Opens `files` and expects one alert containing `expect`, with the four sample articles kept. */
async function refused(page, files, expect) {
  await openFiles(page, files);
  const alert = page.getByRole("alert").filter({ hasText: expect });
  await alert.waitFor();
  await analysed(page, 4);
  assert.equal(await columns(page).count(), 4, `still four articles after: ${expect}`);
  await page.getByRole("button", { name: "Dismiss message" }).click();
}

test(`bad files are refused with one clear message each, nothing lost (${label(base)})`, () =>
  withBrowser(async (browser) => {
    const { page, errors } = await openApp(browser, base);
    await analysed(page, 4);
    await refused(page, [file("empty.txt", "")], "“empty.txt” is empty.");
    await refused(page, [file("photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))], "looks like a PNG image");
    await refused(page, [file("data.txt", Buffer.from([1, 2, 3, 0, 0, 7, 8, 9, 200, 201]))], "not a text file");
    await refused(page, [file("latin1.txt", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]))], "is not UTF-8 text");
    await refused(page, [file("big.txt", "word ".repeat(1_000_000))], "too large");
    await refused(page, [file("broken.json", '{"format": "parallax-bundle", "version": 1, "articles": [', "application/json")], "line 1, column");
    await refused(page, [file("v9.json", '{"format":"parallax-bundle","version":9,"articles":[]}', "application/json")], "bundle version 9 is not supported");
    await refused(page, [file("scripts.html", "<script>var a = '<p>x</p>';</script><style>p { color: red }</style>", "text/html")], "no article text once its scripts");
    await shot(page, `bad-input-message-${label(base)}`, { fullPage: false });
    await refused(page, [file("a.txt", ""), file("b.png", "PNG")], "None of these files could be opened.");
    await refused(page, [file("many.json", JSON.stringify(madeUpBundle(31, 20)), "application/json")], "compares up to 30 at once");
    assert.deepEqual(errors, []);
  }));

test(`every way in meets the same gate, each refusal naming its limit (${label(base)})`, () =>
  withBrowser(async (browser) => {
    const { page, errors } = await openApp(browser, base);
    await analysed(page, 4);
    const one = (article) => JSON.stringify({ format: "parallax-bundle", version: 1, articles: [article] });
    // A bundle of 1.1 MB: the article limit is named, not the bundle limit.
    await refused(page, [file("long.json", one({ id: "long", text: "word ".repeat(220_000) }), "application/json")],
      "article 1 (\"long\") has 1.1 MB of text — too large: Parallax reads articles up to 1.0 MB");
    await refused(page, [file("headline.json", one({ id: "h", title: "Long ".repeat(300), text: "One." }), "application/json")],
      "Parallax reads headlines up to 1000 bytes");
    await refused(page, [file("long.txt", "word ".repeat(300_000))], "has 1.5 MB of text — too large: Parallax reads articles up to 1.0 MB");
    const deep = `{"format":"parallax-bundle","version":1,"x":${"[".repeat(70)}${"]".repeat(70)},"articles":[]}`;
    await refused(page, [file("deep.json", deep, "application/json")], "nested more than 64 levels deep");
    // A share link carries the same bundle through the same gate.
    const many = Buffer.from(JSON.stringify(madeUpBundle(31, 5)));
    const fragment = "b=" + deflateRawSync(many).toString("base64url");
    const link = await openApp(browser, base, { query: `#${fragment}` });
    await link.page.getByRole("alert").filter({ hasText: "compares up to 30 at once" }).waitFor();
    await analysed(link.page, 4);
    assert.equal(await columns(link.page).count(), 4, "the sample stays");
    assert.deepEqual(errors, []);
  }));

test(`an HTML file full of scripts and styles gives only its article text (${label(base)})`, () =>
  withBrowser(async (browser) => {
    const { page } = await openApp(browser, base);
    const noise = Array.from({ length: 200 }, (_, k) => `<script>var v${k} = "<p>noise ${k}</p>";</script><style>.c${k}{}</style>`).join("\n");
    await openFiles(page, [file("heavy.html", `<html><head>${noise}</head><body>${noise}<main><p>The only real sentence.</p></main>${noise}</body></html>`, "text/html")]);
    const col = page.getByRole("article", { name: "heavy" });
    await col.waitFor();
    assert.equal((await col.locator(".article-body").textContent()).trim(), "The only real sentence.");
  }));

test(`thirty articles load and are analysed; one more is refused (${label(base)})`, () =>
  withBrowser(async (browser) => {
    const { page } = await openApp(browser, base);
    await openFiles(page, [file("thirty.json", JSON.stringify(madeUpBundle(30, 120)), "application/json")]);
    await analysed(page, 30);
    assert.equal(await columns(page).count(), 30);
    await columns(page).first().scrollIntoViewIfNeeded();
    await shot(page, `thirty-articles-${label(base)}`, { fullPage: false });
    await openTools(page);
    await page.getByLabel("Outlet", { exact: true }).fill("One Too Many");
    await page.getByLabel("Article text", { exact: true }).fill("An extra article.");
    await page.getByRole("button", { name: "Add article" }).click();
    await page.getByRole("alert").filter({ hasText: "compares up to 30 articles at once" }).waitFor();
    assert.equal(await columns(page).count(), 30);
  }));

test(`one article, identical articles, right-to-left, emoji and CJK text (${label(base)})`, () =>
  withBrowser(async (browser) => {
    const { page, errors } = await openApp(browser, base);
    const text = madeUpText(3, 60);
    await openFiles(page, [
      file("one.json", JSON.stringify({ format: "parallax-bundle", version: 1, articles: [{ id: "solo", outlet: "Solo", text }] }), "application/json"),
    ]);
    await page.getByText("Only one article is loaded: add another to compare them.").waitFor();
    await openFiles(page, [file("Twin.txt", text)]);
    await page.getByText("“Twin” has the same text as “Solo”.").waitFor();
    const rtl = "قال المتحدث إن الاجتماع كان مثمراً. وأضاف أن المحادثات ستستمر الأسبوع المقبل.";
    const cjk = "市议会周二投票决定保留夜间渡轮。议员们说这项服务每年花费一百万。🙂 The vote was close! 🚢";
    await openFiles(page, [file("Arabic.txt", rtl), file("Mixed.txt", cjk)]);
    await page.getByText("Added 2 articles.").waitFor();
    const arabic = page.getByRole("article", { name: "Arabic" });
    assert.equal((await arabic.locator(".sentence").first().textContent()).trim(), "قال المتحدث إن الاجتماع كان مثمراً.");
    assert.equal(await arabic.locator(".paragraph").first().getAttribute("dir"), "auto");
    const mixed = page.getByRole("article", { name: "Mixed" });
    assert.match(await mixed.locator(".article-body").textContent(), /🙂 The vote was close! 🚢/);
    await analysed(page, 4);
    await arabic.scrollIntoViewIfNeeded();
    await shot(page, `rtl-cjk-${label(base)}`, { fullPage: false });
    assert.deepEqual(errors, []);
  }));
