// Loading: files (button and drag and drop, several at once), the sample picker, a bundle
// URL (working, forbidden by CORS, missing), share links, edit and reorder, page furniture.
import { test, after } from "node:test";
import { createServer } from "node:http";
import assert from "node:assert/strict";
import {
  bases, withBrowser, openApp, label, shot, openTools, columns, analysed, file, sampleFile, openFiles, dropFiles,
  notice, exportButton,
} from "./helpers.mjs";

const page1 = `<!doctype html><html><head><title>Ferry | Gazette</title><meta property="og:site_name" content="The Test Gazette">
<script>var ad = "<p>buy now</p>";</script><style>p{}</style></head><body><nav><a>Home</a></nav>
<article><h1>Council keeps the night ferry</h1><div class="share-bar">Share this story</div>
<p>The council voted on Tuesday to keep the night ferry.</p><p>Councillors said it would cost a million a year.</p></article>
<footer>© Gazette</footer></body></html>`;

for (const base of bases) {
  test(`several files open at once: text, Markdown and a web page (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page, errors } = await openApp(browser, base);
      await openFiles(page, [
        file("Harbour Wire.txt", "Ferry stays\n\nThe council voted on Tuesday to keep the night ferry. The vote was close."),
        file("notes.md", "# Island News view\n\nThe **council** kept the [ferry](https://x.example) running."),
        file("gazette.html", page1, "text/html"),
      ]);
      await page.getByText("Added 3 articles.").waitFor();
      await analysed(page, 7);
      assert.equal(await columns(page).count(), 7);
      const gazette = page.getByRole("article", { name: "The Test Gazette" });
      await gazette.getByText("Council keeps the night ferry").waitFor();
      const body = await gazette.locator(".article-body").textContent();
      assert.match(body, /The council voted on Tuesday/);
      assert.doesNotMatch(body, /buy now|Share this story|Home|Gazette\b.*©/);
      await analysed(page, 7);
      assert.deepEqual(errors, []);
    }));

  test(`files dropped on the page are opened, a bundle replaces the articles and Undo brings them back (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page } = await openApp(browser, base);
      await dropFiles(page, [sampleFile("protest")]);
      await notice(page, "Opened “protest.json”.");
      await page.getByRole("heading", { name: /Hospital closure march/ }).waitFor();
      assert.equal(await columns(page).count(), 4);
      await page.getByRole("button", { name: "Undo" }).click();
      await page.getByRole("heading", { name: /joint letter/ }).waitFor();
    }));

  test(`the sample picker opens the other sample (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page } = await openApp(browser, base);
      await openTools(page);
      await page.getByLabel("Sample event", { exact: true }).selectOption({ label: "A street protest (labels, numbers, sources)" });
      await page.getByRole("button", { name: "Open sample" }).click();
      await page.getByRole("heading", { name: /Hospital closure march/ }).waitFor();
      await analysed(page, 4);
    }));

  test(`?bundle=URL opens a bundle; a server that forbids cross-origin reading gets one sentence (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const bundle = JSON.stringify({
        format: "parallax-bundle", version: 1, event: { title: "Course week 3" },
        articles: [{ id: "x", outlet: "X Daily", text: "One claim here." }, { id: "y", outlet: "Y Post", text: "One claim here too." }],
      });
      // Another site (another port on this machine is another origin): one file it lets other
      // sites read, one it does not, and one it does not have.
      const other = createServer((req, res) => {
        if (req.url === "/open.json") res.writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*" });
        else if (req.url === "/closed.json") res.writeHead(200, { "content-type": "application/json" });
        else res.writeHead(404, { "access-control-allow-origin": "*" });
        res.end(req.url === "/gone.json" ? "not here" : bundle);
      });
      await new Promise((ok) => other.listen(0, "127.0.0.1", ok));
      const site = `http://127.0.0.1:${other.address().port}`;
      after(() => other.close());
      const ok = await openApp(browser, base, { context, query: `?bundle=${site}/open.json` });
      await ok.page.getByRole("heading", { name: "Course week 3" }).waitFor();
      await analysed(ok.page, 2);
      assert.equal(await columns(ok.page).count(), 2);
      // A reload keeps the user's workspace instead of fetching again over it.
      await ok.page.close();

      const closed = await openApp(browser, base, { context, query: `?bundle=${site}/closed.json` });
      const alert = closed.page.getByRole("alert").filter({ hasText: "does not allow other sites to read it" });
      await alert.waitFor();
      assert.match(await alert.textContent(), /download the file and open it with “Open files”/);
      await analysed(closed.page, 2);
      assert.equal(await columns(closed.page).count(), 2, "what was loaded stays");
      await shot(closed.page, `bundle-url-forbidden-${label(base)}`, { fullPage: false });

      const gone = await openApp(browser, base, { context, query: `?bundle=${site}/gone.json` });
      await gone.page.getByRole("alert").filter({ hasText: "answered 404" }).waitFor();
    }));

  test(`?bundle=URL is read within the size limit, gives up on a stalled server and can be cancelled (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const cors = { "content-type": "application/json", "access-control-allow-origin": "*" };
      const open = [];
      const other = createServer((req, res) => {
        open.push(res);
        if (req.url === "/never.json") return; // answers nothing
        if (req.url === "/stalls.json") {
          res.writeHead(200, cors);
          res.write('{"format": "parallax-bundle",'); // then nothing more
          return;
        }
        if (req.url === "/says-huge.json") {
          res.writeHead(200, { ...cors, "content-length": "17000000" });
          res.flushHeaders();
          return;
        }
        // No length given: refused once 16 MB have arrived.
        res.writeHead(200, cors);
        const piece = Buffer.alloc(1_000_000, 0x20);
        let sent = 0;
        const more = () => {
          while (sent < 17 && res.write(piece)) sent += 1;
          if (sent < 17) res.once("drain", more);
          else res.end("{}");
        };
        res.on("error", () => {});
        more();
      });
      await new Promise((ok) => other.listen(0, "127.0.0.1", ok));
      const site = `http://127.0.0.1:${other.address().port}`;
      after(() => {
        for (const r of open) r.destroy();
        other.close();
      });

      const waiting = await openApp(browser, base, { context, query: `?bundle=${site}/never.json` });
      await waiting.page.locator(".notice").filter({ hasText: "Loading the bundle from" }).waitFor();
      await waiting.page.getByRole("button", { name: "Cancel" }).click();
      await waiting.page.getByText("Stopped loading the bundle from").waitFor();
      await analysed(waiting.page, 4);
      assert.equal(await columns(waiting.page).count(), 4, "the sample stays");
      await waiting.page.close();

      const huge = await openApp(browser, base, { context, query: `?bundle=${site}/says-huge.json` });
      await huge.page.getByRole("alert").filter({ hasText: "17.0 MB — too large: Parallax reads bundles up to 16.0 MB" }).waitFor();
      await huge.page.close();

      const streamed = await openApp(browser, base, { context, query: `?bundle=${site}/streamed.json` });
      await streamed.page.getByRole("alert").filter({ hasText: "too large: Parallax reads bundles up to 16.0 MB" }).waitFor({ timeout: 60_000 });
      await streamed.page.close();

      const stalled = await openApp(browser, base, { context, query: `?bundle=${site}/stalls.json` });
      await stalled.page.getByRole("alert").filter({ hasText: "its server sent nothing for 15 seconds" }).waitFor({ timeout: 40_000 });
      await analysed(stalled.page, 4);
      assert.equal(await columns(stalled.page).count(), 4, "the sample stays");
    }));

  test(`a share link carries the bundle, corrections and notes (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page } = await openApp(browser, base);
      await page.getByLabel(/Notes on this comparison/).fill("Look at the verbs.");
      await page.getByLabel(/Notes on this comparison/).blur();
      await (await exportButton(page, "Share link…")).click();
      const dialog = page.getByRole("dialog", { name: "Share link" });
      const link = await dialog.getByRole("textbox").inputValue();
      assert.match(link, /#b=[A-Za-z0-9_-]+$/);
      assert.ok(link.startsWith(base), `${link} starts with ${base}`);
      await shot(page, `share-link-${label(base)}`, { fullPage: false });

      const other = await openApp(browser, base, { query: link.slice(base.length) });
      await other.page.getByText("Opened the bundle carried by the share link.").waitFor();
      assert.equal(await other.page.getByLabel(/Notes on this comparison/).inputValue(), "Look at the verbs.");
      assert.ok(!other.page.url().includes("#b="), "the fragment is cleared once read");
      const damaged = await openApp(browser, base, { query: link.slice(base.length, -40) });
      await damaged.page.getByRole("alert").filter({ hasText: "share link is damaged" }).waitFor();
      await analysed(damaged.page, 4);
      assert.equal(await columns(damaged.page).count(), 4);
    }));

  test(`articles can be edited and reordered (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page } = await openApp(browser, base);
      await openTools(page);
      const first = (await columns(page).first().getByRole("heading").textContent()).trim();
      const second = (await columns(page).nth(1).getByRole("heading").textContent()).trim();
      await page.getByRole("button", { name: `Move ${first} down` }).click();
      // The columns follow once the new order is analysed.
      await columns(page).first().getByRole("heading", { name: second, exact: true }).waitFor();
      await page.getByRole("button", { name: `Edit ${second}` }).click();
      await page.getByRole("heading", { name: `Edit “${second}”` }).waitFor();
      await page.getByLabel("Outlet", { exact: true }).fill("Renamed Agency");
      await page.getByRole("button", { name: "Save changes" }).click();
      await page.getByText("Saved the changes to “Renamed Agency”.").waitFor();
      await columns(page).first().getByRole("heading", { name: "Renamed Agency", exact: true }).waitFor();
    }));

  test(`page furniture is dimmed and put back with one click (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page } = await openApp(browser, base);
      await openTools(page);
      await page.getByLabel("Outlet", { exact: true }).fill("Messy Paste");
      await page.getByLabel("Article text", { exact: true }).fill(
        "The council voted on Tuesday to keep the night ferry. Councillors said it would cost a million a year.\n\nREAD MORE: Ten things about ferries\n\nShare this story",
      );
      await page.getByRole("button", { name: "Add article" }).click();
      const col = page.getByRole("article", { name: "Messy Paste" });
      const putBack = col.getByRole("button", { name: /^Put back: READ MORE/ });
      await putBack.waitFor();
      assert.equal(await col.locator(".furniture").count(), 2);
      await col.scrollIntoViewIfNeeded();
      await shot(page, `furniture-${label(base)}`, { fullPage: false });
      await putBack.click();
      await page.getByText("Put the sentence back into the analysis.").waitFor();
      await analysed(page, 5);
      await col.locator(".restored").waitFor();
      assert.equal(await col.locator(".furniture").count(), 1);
      await page.reload();
      await page.getByRole("article", { name: "Messy Paste" }).locator(".restored").waitFor();
    }));
}
