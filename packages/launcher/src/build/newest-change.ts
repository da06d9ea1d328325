/** The latest modification time among source files, skipping dependencies and build output. */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

// Dependencies, build output, and tests: none of them changes what the build produces.
const SKIPPED_FOLDERS = new Set([
  "node_modules",
  "dist",
  "coverage",
  "test",
  "e2e",
  "bench",
  "test-results",
  "playwright-report",
]);
const TEST_FILE = /\.(test|spec)\.[cm]?[jt]sx?$/;

const skipped = (name: string) => name.startsWith(".") || SKIPPED_FOLDERS.has(name) || TEST_FILE.test(name);

export async function newestChangeMs(paths: readonly string[]): Promise<number> {
  const times = await Promise.all(paths.map((entry) => newestUnder(entry)));
  return Math.max(0, ...times);
}

async function newestUnder(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry, { withFileTypes: true });
  const times = await Promise.all(
    children
      .filter((child) => !skipped(child.name))
      .filter((child) => child.isDirectory() || child.isFile())
      .map((child) => newestUnder(path.join(entry, child.name))),
  );
  return Math.max(info.mtimeMs, ...times);
}
