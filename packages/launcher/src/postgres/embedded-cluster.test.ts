import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { freePort } from "../lib/ports.ts";
import { withClient } from "../lib/with-client.ts";
import { EmbeddedCluster, type ClusterOptions } from "./embedded-cluster.ts";

let root: string;
let options: ClusterOptions;

const query = (cluster: EmbeddedCluster, sql: string): Promise<unknown[]> =>
  withClient(cluster.url("app"), async (client) => (await client.query(sql)).rows);

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "traction-cluster-"));
  // As root the server runs as `postgres`, which must be able to enter the folder.
  await chmod(root, 0o755);
  options = { dataDir: path.join(root, "postgres"), port: await freePort(), password: "test-password" };
});

afterAll(async () => {
  const cluster = await EmbeddedCluster.create(options);
  if (await cluster.isRunning()) await cluster.stop();
  await rm(root, { recursive: true, force: true });
});

test("initialises a cluster, starts it on 127.0.0.1 with a password, and creates a database once", async () => {
  const cluster = await EmbeddedCluster.create(options);
  expect(await cluster.isInitialised()).toBe(false);
  await cluster.initialise();
  expect(await cluster.isInitialised()).toBe(true);
  await cluster.start();
  await cluster.ensureDatabase("app");
  await cluster.ensureDatabase("app");

  await query(cluster, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
  const wrongPassword = new pg.Client({ connectionString: cluster.url("app").replace("test-password", "wrong") });
  await expect(wrongPassword.connect()).rejects.toThrow(/password authentication failed/);
});

test("a new launcher finds the server an earlier one left running, stops it, and starts it with the data intact", async () => {
  // What the next launcher sees after the first was killed with SIGKILL: a server it did not start.
  const next = await EmbeddedCluster.create(options);
  expect(await next.isRunning()).toBe(true);
  await next.stop();
  expect(await next.isRunning()).toBe(false);

  await next.start();
  expect(await query(next, "SELECT value FROM kept")).toEqual([{ value: "still here" }]);
});
