import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { assertReachable } from "./system-user.ts";

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "traction-reach-"));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

// A user that owns nothing here and is in none of its groups.
const stranger = { uid: 54_321, gid: 54_321 };

test("passes when every folder above the data folder lets others through", async () => {
  await chmod(root, 0o755);
  await expect(assertReachable(path.join(root, "data"), stranger)).resolves.toBeUndefined();
});

test("names the folder that is closed and how to open it", async () => {
  const closed = path.join(root, "closed");
  await mkdir(closed, { mode: 0o700 });
  await chmod(root, 0o755);
  await expect(assertReachable(path.join(closed, "data"), stranger)).rejects.toThrow(`Run \`chmod o+x ${closed}\``);
});
