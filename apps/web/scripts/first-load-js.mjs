// First-load JavaScript per prerendered route, from the last `next build`
// (Next 16 no longer prints it): the scripts each page's HTML loads, raw and
// gzipped, without the legacy-browser `noModule` polyfills.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const dist = path.resolve(import.meta.dirname, "../.next");
const pages = path.join(dist, "server/app");
if (!existsSync(pages)) {
  console.error("No build found: run `pnpm --filter @traction/web build` first.");
  process.exit(1);
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`.padStart(9);
console.log(`${"route".padEnd(16)}${"raw".padStart(9)}${"gzip".padStart(9)}`);
for (const file of readdirSync(pages).filter((name) => name.endsWith(".html") && !name.startsWith("_"))) {
  const html = readFileSync(path.join(pages, file), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="\/_next\/([^"]+)"[^>]*>/g)]
    .filter(([tag]) => !/\snoModule/i.test(tag))
    .map(([, src]) => src);
  let raw = 0;
  let gzip = 0;
  for (const src of new Set(scripts)) {
    const bytes = readFileSync(path.join(dist, src));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  const route = file === "index.html" ? "/" : `/${file.replace(/\.html$/, "")}`;
  console.log(`${route.padEnd(16)}${kB(raw)}${kB(gzip)}`);
}
