// Runs the end-to-end tests against the release build in dist/: starts the static server
// (the build served at "/" and again under "/course/parallax/"), then runs every
// *.test.mjs file here with Node's test runner, one file at a time.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const project = resolve(here, "..", "..");
const dist = process.env.PARALLAX_DIST ?? join(project, "dist");

const server = spawn(process.execPath, [join(project, "scripts", "static-server.mjs"), dist, "--port", "0", "--mount", "/course/parallax/"], {
  stdio: ["ignore", "pipe", "inherit"],
});
const port = await new Promise((ok, fail) => {
  let buf = "";
  server.stdout.on("data", (d) => {
    buf += d;
    const m = buf.match(/127\.0\.0\.1:(\d+)\//);
    if (m) ok(Number(m[1]));
  });
  server.on("exit", (code) => fail(new Error(`static server exited with ${code}`)));
});
const origin = `http://127.0.0.1:${port}`;
console.log(`e2e: serving ${dist} at ${origin}/ and ${origin}/course/parallax/`);

const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".test.mjs"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
  .map((f) => join(here, f));
const child = spawn(process.execPath, ["--test", "--test-concurrency=1", "--test-reporter=spec", ...files], {
  stdio: "inherit",
  env: { ...process.env, PARALLAX_ORIGIN: origin, PARALLAX_BASES: `${origin}/,${origin}/course/parallax/` },
});
const code = await new Promise((ok) => child.on("exit", (c) => ok(c ?? 1)));
server.kill();
process.exit(code);
