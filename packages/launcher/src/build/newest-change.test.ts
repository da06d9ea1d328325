import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { newestChangeMs } from "./newest-change.ts";

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "traction-newest-"));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function fileAt(relative: string, seconds: number): Promise<void> {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, "x");
  await utimes(file, seconds, seconds);
}

test("finds the newest source file, skipping dependencies, build output and tests", async () => {
  await fileAt("src/app.ts", 1_000);
  await fileAt("src/lib/newest.ts", 2_000);
  for (const ignored of [
    "node_modules/x/index.js",
    "dist/server.js",
    ".next/BUILD_ID",
    "test/a.ts",
    "e2e/b.ts",
    "src/app.test.ts",
  ]) {
    await fileAt(ignored, 9_000);
  }
  // Folders' own times count too (a deleted file changes its folder); pin them below the files.
  for (const folder of ["src/lib", "src", "."]) await utimes(path.join(root, folder), 500, 500);

  expect(await newestChangeMs([root])).toBe(2_000_000);
});

test("a missing input counts as never changed", async () => {
  expect(await newestChangeMs([path.join(root, "absent")])).toBe(0);
});
