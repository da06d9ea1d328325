/**
 * The API build: one ESM file, dist/server.js, run with
 * `node --enable-source-maps --max-semi-space-size=64 dist/server.js` (the
 * larger young generation: decision 26).
 *
 * - The workspace packages (`@traction/*`) export raw TypeScript, so they are
 *   bundled in, together with the npm packages only they depend on (the Prisma
 *   runtime and its `pg` adapter): under pnpm those are not resolvable from
 *   apps/api at run time.
 * - The API's own npm dependencies stay external and load from node_modules.
 */
import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

interface Manifest {
  dependencies?: Record<string, string>;
}

const manifest = JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8")) as Manifest;
const isWorkspacePackage = (name: string) => name.startsWith("@traction/");
const npmDependencies = Object.keys(manifest.dependencies ?? {}).filter((name) => !isWorkspacePackage(name));

export default defineConfig({
  entry: { server: "src/server.ts" },
  outDir: "dist",
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  clean: true,
  splitting: false,
  external: [
    ...npmDependencies,
    // `pg` requires its optional native binding lazily; it is never installed.
    "pg-native",
  ],
  noExternal: [/^@traction\//],
  // Bundled CommonJS code (the Prisma runtime, pg) calls `require`, which ESM lacks.
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
  },
});
