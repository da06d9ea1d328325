// First-load JavaScript per route, from the last `next build` (Next 16 no
// longer prints it), raw and gzipped, without the legacy-browser `noModule`
// polyfills: for a prerendered route, the scripts its HTML loads; for a dynamic
// one (`/contacts/[id]`), the root main files plus the entry chunks of its page
// and layouts from its client reference manifest.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import vm from "node:vm";
import path from "node:path";
import { gzipSync } from "node:zlib";

const dist = path.resolve(import.meta.dirname, "../.next");
const pages = path.join(dist, "server/app");
if (!existsSync(pages)) {
  console.error("No build found: run `pnpm --filter @traction/web build` first.");
  process.exit(1);
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`.padStart(9);
const row = (route, files) => {
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const bytes = readFileSync(path.join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  console.log(`${route.padEnd(24)}${kB(raw)}${kB(gzip)}`);
};

console.log(`${"route".padEnd(24)}${"raw".padStart(9)}${"gzip".padStart(9)}`);
for (const file of readdirSync(pages).filter((name) => name.endsWith(".html") && !name.startsWith("_"))) {
  const html = readFileSync(path.join(pages, file), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="\/_next\/([^"]+)"[^>]*>/g)]
    .filter(([tag]) => !/\snoModule/i.test(tag))
    .map(([, src]) => src);
  row(file === "index.html" ? "/" : `/${file.replace(/\.html$/, "")}`, scripts);
}

const { rootMainFiles } = JSON.parse(readFileSync(path.join(dist, "build-manifest.json"), "utf8"));
for (const manifest of readdirSync(pages, { recursive: true }).filter((name) => name.endsWith("page_client-reference-manifest.js"))) {
  const page = `/${path.dirname(manifest)}`;
  if (!page.includes("[")) continue;
  const context = { globalThis: {} };
  vm.runInNewContext(readFileSync(path.join(pages, manifest), "utf8"), context);
  const entries = Object.values(context.globalThis.__RSC_MANIFEST)[0].entryJSFiles;
  row(page.replace(/\/\([^)]+\)/g, "") || "/", [...rootMainFiles, ...Object.values(entries).flat()]);
}
