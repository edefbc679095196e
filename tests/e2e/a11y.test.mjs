// Accessibility: axe-core finds no serious or critical violation on the main screen.
import { test } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { bases, launch, openApp, label } from "./helpers.mjs";

/** Runs axe on the page and returns the serious and critical violations, readable. */
export async function seriousViolations(page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
}

for (const base of bases) {
  test(`main screen has no serious or critical axe violation (${label(base)})`, async () => {
    const browser = await launch();
    try {
      const { page } = await openApp(browser, base);
      await page.getByRole("article").nth(3).waitFor();
      assert.deepEqual(await seriousViolations(page), []);
    } finally {
      await browser.close();
    }
  });
}
