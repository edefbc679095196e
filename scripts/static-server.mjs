// A small static file server for the release build, used by scripts/serve.sh and the
// end-to-end tests. It serves one folder at "/" and, optionally, the same folder again under
// a sub-path (to prove that the build works under any sub-path), on loopback only.
//
//   node scripts/static-server.mjs DIR [--port 8080] [--mount /course/parallax/]
//
// It prints "listening on http://127.0.0.1:PORT/" once ready. Port 0 picks a free port.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const args = process.argv.slice(2);
const root = resolve(args[0] ?? "dist");
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const port = Number(opt("--port", "8080"));
const mounts = ["/"];
for (let i = 0; i < args.length; i++) if (args[i] === "--mount") mounts.push(args[i + 1].replace(/\/?$/, "/"));

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  let path = decodeURIComponent(url.pathname);
  // Longest mount first, so "/course/parallax/x" is not read from "/course/parallax/x".
  const mount = [...mounts].sort((a, b) => b.length - a.length).find((m) => path.startsWith(m) || path + "/" === m);
  if (!mount) return send(res, 404, "not found");
  if (path + "/" === mount) {
    res.writeHead(301, { Location: mount + url.search });
    return res.end();
  }
  let rel = path.slice(mount.length);
  if (rel === "" || rel.endsWith("/")) rel += "index.html";
  const file = normalize(join(root, rel));
  if (!file.startsWith(root + sep)) return send(res, 403, "forbidden");
  try {
    const info = await stat(file);
    if (!info.isFile()) return send(res, 404, "not found");
    const body = await readFile(file);
    res.writeHead(200, {
      "Content-Type": types[extname(file)] ?? "application/octet-stream",
      "Content-Length": body.length,
      "Cache-Control": "no-cache",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  } catch {
    send(res, 404, "not found");
  }
});

function send(res, code, text) {
  res.writeHead(code, { "Content-Type": "text/plain; charset=utf-8" });
  res.end(text);
}

server.listen(port, "127.0.0.1", () => {
  const { port: p } = server.address();
  const extra = mounts.slice(1).map((m) => ` and http://127.0.0.1:${p}${m}`).join("");
  console.log(`listening on http://127.0.0.1:${p}/${extra} (serving ${root})`);
});
