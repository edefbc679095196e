// The views: reader (linked counterparts on hover and focus, inspector, glossary from a
// highlight, signal switches), claim matrix (gaps, filters), diff panel, dashboard, findings,
// glossary, blind mode — by mouse and by keyboard alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { bases, withBrowser, openApp, label, shot, columns, analysed } from "./helpers.mjs";

for (const base of bases) {
  test(`hovering or focusing a sentence lights up its counterparts and scrolls them into view (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page, errors } = await openApp(browser, base);
      await analysed(page, 4);
      // The last sentence of the wire story is reported elsewhere too; find one that has links.
      const wire = columns(page).nth(1);
      const sentences = wire.locator(".sentence");
      const n = await sentences.count();
      let lit = 0;
      let k = n - 1;
      for (; k >= 0 && lit === 0; k--) {
        await sentences.nth(k).hover();
        lit = await page.locator(".article-column .lit").count();
      }
      assert.ok(lit > 0, "some sentence of the wire story has counterparts");
      const first = page.locator(".article-column .lit").first();
      const box = await first.boundingBox();
      const colBody = await first.locator("xpath=ancestor::div[contains(@class,'article-body')]").boundingBox();
      assert.ok(box.y >= colBody.y - 1 && box.y <= colBody.y + colBody.height, "the counterpart is scrolled into its column's view");
      await shot(page, `reader-linked-${label(base)}`, { fullPage: false });

      // Keyboard: Tab to a sentence, the same lights come on; Enter opens it in the inspector.
      await page.mouse.move(0, 0);
      await sentences.nth(k + 1).focus();
      assert.ok((await page.locator(".article-column .lit").count()) > 0, "focus lights counterparts too");
      await page.keyboard.press("Enter");
      const inspector = page.getByRole("complementary", { name: "Selected sentence" });
      await inspector.getByRole("heading", { name: /Same claim elsewhere \([1-9]/ }).waitFor();
      assert.deepEqual(errors, []);
    }));

  test(`a highlight explains itself and leads to the glossary; signals can be switched off (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page } = await openApp(browser, base);
      await analysed(page, 4);
      const marked = page.locator("mark.hl-verbatim").first();
      await marked.click();
      const inspector = page.getByRole("complementary", { name: "Selected sentence" });
      await inspector.getByText(/Shared word for word with/).first().waitFor();
      // Frame cues are switched off in the reader, so the inspector explains them last.
      const kinds = await inspector.locator(".inspector-highlight > .swatch").allTextContents();
      const firstFrame = kinds.indexOf("Frame cue");
      assert.ok(firstFrame === -1 || kinds.slice(firstFrame).every((k) => k === "Frame cue"), kinds.join(", "));
      await shot(page, `inspector-${label(base)}`, { fullPage: false });
      await inspector.getByRole("button", { name: "What is “Shared verbatim”?" }).first().click();
      await page.getByRole("tab", { name: "Glossary", selected: true }).waitFor();
      const entry = page.locator("#glossary-verbatim");
      await entry.waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), "glossary-verbatim");
      await shot(page, `glossary-${label(base)}`, { fullPage: false });
      // The VADER excerpt in the build comes with its licence, linked from the glossary.
      const licence = page.getByRole("link", { name: "VADER licence" });
      const licenceText = await page.evaluate(async (href) => (await fetch(href)).text(), await licence.evaluate((a) => a.href));
      assert.match(licenceText, /MIT License[\s\S]*Hutto/);

      await page.getByRole("tab", { name: "Reader" }).click();
      const toggle = page.getByRole("checkbox", { name: /Shared verbatim \(\d+\)/ });
      assert.ok((await page.locator("mark.hl-verbatim").count()) > 0);
      await toggle.uncheck();
      assert.equal(await page.locator("mark.hl-verbatim").count(), 0);
      await page.reload();
      await analysed(page, 4);
      assert.equal(await page.locator("mark.hl-verbatim").count(), 0, "the switch is saved");
      await page.getByRole("checkbox", { name: /Shared verbatim/ }).check();
      assert.ok((await page.locator("mark.hl-verbatim").count()) > 0);
    }));

  test(`claim matrix with gaps and filters, and the diff panel (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page } = await openApp(browser, base);
      await analysed(page, 4);
      await page.getByRole("tab", { name: "Claim matrix" }).click();
      const table = page.getByRole("table");
      await table.waitFor();
      assert.ok((await table.getByText("not reported").count()) > 0, "gaps are visible");
      const rows = async () => table.locator("tbody tr").count();
      const all = await rows();
      await page.getByRole("radio", { name: /Reported by one/ }).check();
      const one = await rows();
      await page.getByRole("radio", { name: /Reported by all/ }).check();
      const every = await rows();
      assert.ok(one > 0 && every > 0 && one + every <= all, `${one} + ${every} <= ${all}`);
      assert.equal(await table.locator("tbody tr").first().getByText("not reported").count(), 0);
      await shot(page, `claim-matrix-${label(base)}`, { fullPage: false });
      await table.getByRole("button", { name: /Compare wording of claim/ }).first().click();
      const panel = page.getByRole("region", { name: /Wording of claim/ });
      await panel.waitFor();
      assert.ok((await panel.locator("del, ins").count()) > 0, "changes are marked");
      await shot(page, `diff-panel-${label(base)}`, { fullPage: false });
      await panel.getByRole("button", { name: "Close the comparison" }).click();
      assert.equal(await page.getByRole("region", { name: /Wording of claim/ }).count(), 0);
    }));

  test(`dashboard charts have text alternatives; findings and glossary open; blind mode hides outlets (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page } = await openApp(browser, base);
      await analysed(page, 4);
      const outlet = (await columns(page).first().getByRole("heading").textContent()).trim();
      await page.getByRole("tab", { name: "Framing" }).click();
      const charts = page.getByRole("img");
      await charts.first().waitFor();
      assert.equal(await charts.count(), 20, "five charts for each of the four articles");
      await page.getByRole("img", { name: new RegExp(`^Frame dimensions in ${outlet}`) }).waitFor();
      assert.match(await page.getByRole("img", { name: new RegExp(`^Highlights by signal in ${outlet}:`) }).getAttribute("aria-labelledby"), /title/);
      await shot(page, `dashboard-${label(base)}`, { fullPage: false });
      await page.getByRole("tab", { name: "Findings" }).click();
      await page.getByText(/most telling differences/).first().waitFor();
      await shot(page, `findings-${label(base)}`, { fullPage: false });

      await page.getByLabel("Blind mode (hide outlet names)").check();
      await page.getByRole("tab", { name: "Reader" }).click();
      assert.equal((await columns(page).first().getByRole("heading").textContent()).trim(), "Article A");
      assert.equal(await page.getByRole("main").getByText(outlet).count(), 0, `${outlet} is hidden`);
      await shot(page, `blind-mode-${label(base)}`, { fullPage: false });
      await page.getByLabel("Blind mode (hide outlet names)").uncheck();
      assert.equal((await columns(page).first().getByRole("heading").textContent()).trim(), outlet);
    }));

  test(`a finding leads to its evidence in the reader and to its glossary entry (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page, errors } = await openApp(browser, base);
      await analysed(page, 4);
      await page.getByRole("tab", { name: "Findings" }).click();
      const findings = page.locator("li.finding");
      await findings.first().waitFor();
      assert.ok((await findings.count()) >= 10, "the sample event has ranked findings");
      // The figures finding of the sample: the herald and the wire against the analysis.
      const numbers = findings.filter({ hasText: "The figures differ" }).first();
      assert.match(await numbers.textContent(), /more than 240 political parties/);
      const evidence = numbers.getByRole("button", { name: /^Show evidence in the reader: The Northgate Review, sentence \d+$/ });
      const name = await evidence.getAttribute("aria-label");
      const sentence = Number(name.match(/sentence (\d+)$/)[1]);
      await evidence.click();
      await page.getByRole("tab", { name: "Reader", selected: true }).waitFor();
      // The sentence itself has the focus, is shown in its column, and is open in the inspector.
      const focused = await page.evaluate(() => ({ id: document.activeElement?.id, text: document.activeElement?.textContent }));
      assert.equal(focused.id, `s-2-${sentence - 1}`);
      assert.match(focused.text, /some 200 parties/);
      const inspector = page.getByRole("complementary", { name: "Selected sentence" });
      await inspector.getByText(/some 200 parties/).first().waitFor();
      const box = await page.locator(`#s-2-${sentence - 1}`).boundingBox();
      const column = await page.locator("#col-2-body").boundingBox();
      assert.ok(box.y >= column.y - 1 && box.y <= column.y + column.height, "the evidence is scrolled into view");
      await shot(page, `finding-evidence-${label(base)}`, { fullPage: false });

      await page.getByRole("tab", { name: "Findings" }).click();
      await findings.filter({ hasText: "The figures differ" }).first().getByRole("button", { name: "What is “Number”?" }).click();
      await page.getByRole("tab", { name: "Glossary", selected: true }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), "glossary-number");
      // Signals that only findings have (coverage, emphasis) are explained too.
      await page.locator("#glossary-coverage").waitFor();
      // A finding that rests on many sentences of one article shows five, and the rest on demand
      // (the protest sample's loaded words: its tabloid uses many).
      await page.goto(base + "?sample=protest");
      await analysed(page, 4);
      await page.getByRole("tab", { name: "Findings" }).click();
      const coverage = findings.filter({ hasText: "Loaded words, by how often the outlet uses its own" }).first();
      const links = coverage.getByRole("button", { name: /^Show evidence in the reader: The Daily Clarion, / });
      assert.equal(await links.count(), 5, "five sentences at first");
      const more = coverage.getByRole("button", { name: /^and \d+ more sentences of The Daily Clarion$/ });
      const total = 5 + Number((await more.getAttribute("aria-label") ?? (await more.textContent())).match(/and (\d+) more/)[1]);
      assert.ok(total > 6, `a long list of evidence (${total} sentences)`);
      assert.equal(await more.getAttribute("aria-expanded"), "false");
      await more.click();
      assert.equal(await links.count(), total, "all of them after asking");
      await coverage.getByRole("button", { name: "show fewer sentences of The Daily Clarion" }).click();
      assert.equal(await links.count(), 5, "five again");
      assert.deepEqual(errors, []);
    }));

  test(`everything by keyboard alone: tabs with arrow keys, a sentence, the inspector, the glossary (${label(base)})`, () =>
    withBrowser(async (browser) => {
      const { page } = await openApp(browser, base);
      await analysed(page, 4);
      // Skip link first.
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Skip to the comparison");
      await page.getByRole("tab", { name: "Reader" }).focus();
      await page.keyboard.press("ArrowRight");
      await page.getByRole("tab", { name: "Claim matrix", selected: true }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), "tab-claims");
      await page.keyboard.press("End");
      await page.getByRole("tab", { name: "Glossary", selected: true }).waitFor();
      await page.keyboard.press("Home");
      await page.getByRole("tab", { name: "Reader", selected: true }).waitFor();
      // Tab from the tabs into the legend switches, then on into the first column's headline.
      for (let k = 0; k < 40; k++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate(() => document.activeElement?.getAttribute("data-s") !== null)) break;
      }
      assert.ok(await page.evaluate(() => document.activeElement?.getAttribute("data-s") !== null), "a sentence takes focus");
      await page.keyboard.press("Enter");
      const inspector = page.getByRole("complementary", { name: "Selected sentence" });
      await inspector.getByRole("heading", { name: /Highlights \(\d+\)/ }).waitFor();
      const about = inspector.getByRole("button", { name: /^What is/ }).first();
      await about.focus();
      await page.keyboard.press("Enter");
      await page.getByRole("tab", { name: "Glossary", selected: true }).waitFor();
    }));
}
