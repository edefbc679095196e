// The download of a first visit: every wasm, js and css file of a release build but the
// engine's module (its worker loads it on the first analysis that is not the sample's), and
// the default sample's ready-made report, gzip -9. The engine's module is printed apart.
// `node scripts/size.mjs DIST [BUDGET_KB]` prints the sizes and, with a budget, exits 1 when
// the first visit's total is over it (KB = 1024 bytes).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const [dist = "dist", budget] = process.argv.slice(2);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ENGINE = /^parallax-engine/;
const REPORT = "samples/diplomacy/report.json";
const code = readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f)).sort();
const first = code.filter((f) => !ENGINE.test(f));
const later = code.filter((f) => ENGINE.test(f));
if (first.length === 0 || later.length === 0 || !existsSync(join(dist, REPORT))) {
  console.error(`${dist} is not a whole release build (the page's files, the engine's module and ${REPORT})`);
  process.exit(1);
}
const line = (f) => {
  const raw = readFileSync(join(dist, f));
  const gz = gzipSync(raw, { level: 9 }).length;
  console.log(`  ${f.padEnd(32)} ${kb(raw.length).padStart(10)} raw  ${kb(gz).padStart(10)} gzip`);
  return gz;
};
console.log("A first visit downloads:");
let total = 0;
for (const f of [...first, REPORT]) total += line(f);
console.log("The first analysis of a changed bundle downloads the engine's module:");
let engine = 0;
for (const f of later) engine += line(f);
console.log(`  engine's module ${kb(engine)}`);
if (budget === undefined) {
  console.log(`  first visit ${kb(total)}`);
} else if (total > Number(budget) * 1024) {
  console.error(`  first visit ${kb(total)}: OVER the budget of ${budget} KB`);
  process.exit(1);
} else {
  console.log(`  first visit ${kb(total)}: within the budget of ${budget} KB`);
}
