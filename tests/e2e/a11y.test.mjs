// Accessibility: axe-core finds no serious or critical violation on any view, at 1280×720
// and on a 768×1024 tablet, including the open tools, the dialogs and the embed view.
import { test } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { bases, withBrowser, openApp, label, shot, analysed, openTools, exportButton } from "./helpers.mjs";

/** Runs axe on the page and returns the serious and critical violations, readable. */
export async function seriousViolations(page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
}

const sizes = [
  { name: "desktop", viewport: { width: 1280, height: 720 } },
  { name: "tablet", viewport: { width: 768, height: 1024 } },
];

for (const base of bases) {
  for (const size of sizes) {
    test(`no serious or critical axe violation on any view, ${size.name} (${label(base)})`, () =>
      withBrowser(async (browser) => {
        const { page } = await openApp(browser, base, { viewport: size.viewport });
        await analysed(page, 4);
        const found = {};
        const audit = async (name) => {
          found[name] = await seriousViolations(page);
          await shot(page, `${name}-${size.name}-${label(base)}`, { fullPage: false });
        };
        await page.locator(".sentence").nth(3).click();
        await audit("view-reader");
        await page.getByRole("tab", { name: "Claim matrix" }).click();
        await page.getByRole("button", { name: /Compare wording of claim/ }).first().click();
        await audit("view-claims");
        await page.getByRole("tab", { name: "Framing" }).click();
        await audit("view-framing");
        await page.getByRole("tab", { name: "Findings" }).click();
        await audit("view-findings");
        await page.getByRole("tab", { name: "Glossary" }).click();
        await audit("view-glossary");
        await page.getByRole("tab", { name: "Reader" }).click();
        await openTools(page);
        await audit("view-load-tools");
        await (await exportButton(page, "Share link…")).click();
        await audit("view-share");
        const embed = await openApp(browser, base, { viewport: size.viewport, query: "?embed=1" });
        await analysed(embed.page, 4);
        found["embed"] = await seriousViolations(embed.page);
        for (const [view, v] of Object.entries(found)) assert.deepEqual(v, [], `${view}: ${v.join("\n")}`);
      }));
  }
}
