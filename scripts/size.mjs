// The download of a first visit: every wasm, js and css file of a release build, gzip -9.
// `node scripts/size.mjs DIST [BUDGET_KB]` prints the sizes and, with a budget, exits 1 when
// the total is over it (KB = 1024 bytes).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const [dist = "dist", budget] = process.argv.slice(2);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const files = readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f)).sort();
let total = 0;
for (const f of files) {
  const raw = readFileSync(join(dist, f));
  const gz = gzipSync(raw, { level: 9 }).length;
  total += gz;
  console.log(`  ${f.padEnd(28)} ${kb(raw.length).padStart(10)} raw  ${kb(gz).padStart(10)} gzip`);
}
if (files.length === 0) {
  console.error(`no wasm, js or css files in ${dist}`);
  process.exit(1);
}
if (budget === undefined) {
  console.log(`  total ${kb(total)}`);
} else if (total > Number(budget) * 1024) {
  console.error(`  total ${kb(total)}: OVER the budget of ${budget} KB`);
  process.exit(1);
} else {
  console.log(`  total ${kb(total)}: within the budget of ${budget} KB`);
}
