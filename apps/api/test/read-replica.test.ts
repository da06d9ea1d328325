/**
 * A real streaming replica (issue 17, item 3): a private primary and a hot
 * standby made from it with pg_basebackup, the app reading insights from the
 * standby (DATABASE_REPLICA_URL) only when it has replayed the owner's writes.
 * Replay is paused to make the replica fall behind on purpose.
 */
import type { FastifyInstance } from "fastify";
import pg from "pg";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildApp } from "../src/app.ts";
import { testConfig } from "./helpers/app.ts";
import { hasServerBinaries, PrivateCluster } from "./helpers/private-cluster.ts";
import { migrate } from "./helpers/databases.ts";
import { makeConversation, makeEvent } from "./helpers/records.ts";
import { signUp, type TestUser } from "./helpers/users.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

if (!hasServerBinaries()) {
  console.warn("read-replica.test.ts skipped: no PostgreSQL server binaries under /usr/lib/postgresql/<version>/bin");
}

describe.skipIf(!hasServerBinaries())("insights on a streaming replica", () => {
  let primary: PrivateCluster;
  let standby: PrivateCluster;
  let app: FastifyInstance;
  let user: TestUser;

  /** Waits until the standby has replayed everything the primary has written so far. */
  async function caughtUp(): Promise<void> {
    const [current] = await sql<{ lsn: string }>(primary.url("traction"), "SELECT pg_current_wal_lsn()::text AS lsn");
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const [row] = await sql<{ done: boolean }>(
        standby.url("traction"),
        `SELECT pg_last_wal_replay_lsn() >= '${current!.lsn}'::pg_lsn AS done`,
      );
      if (row?.done) return;
      await sleep(50);
    }
    throw new Error("the standby did not catch up");
  }

  const conversations = async (from: string) => {
    const response = await request(app.server).get("/api/v1/insights").query({ from }).set(user.auth).expect(200);
    return response.body.funnel.conversations as number;
  };

  beforeAll(async () => {
    primary = await PrivateCluster.start();
    await sql(primary.url(), "CREATE DATABASE traction");
    await migrate(primary.url("traction"));
    standby = await PrivateCluster.startStandby(primary);
    app = await buildApp(
      testConfig("unused", {
        DATABASE_URL: primary.url("traction"),
        DATABASE_REPLICA_URL: standby.url("traction"),
        DATABASE_POOL_SIZE: "4",
      }),
    );
    await app.ready();
    user = await signUp(app);
    await makeEvent(app, user);
    await makeConversation(app, user);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await standby?.destroy();
    await primary?.destroy();
  });

  test("the standby is a real one: read-only, in recovery, fed by the primary", async () => {
    const [row] = await sql<{ recovery: boolean; readOnly: string }>(
      standby.url("traction"),
      "SELECT pg_is_in_recovery() AS recovery, current_setting('transaction_read_only') AS \"readOnly\"",
    );
    expect(row).toEqual({ recovery: true, readOnly: "on" });
    const senders = await sql(primary.url(), "SELECT 1 FROM pg_stat_replication WHERE state = 'streaming'");
    expect(senders).toHaveLength(1);
  });

  test("once the standby has replayed the owner's writes, their insights are computed there", async () => {
    await caughtUp();
    const before = app.reads.counts;
    expect(await conversations("2000-01-01")).toBe(1);
    expect(app.reads.counts.replica).toBe(before.replica + 1);
    expect(app.reads.counts.primary).toBe(before.primary);
  });

  test("a write the standby has not replayed yet is read back from the primary (read-your-writes)", async () => {
    await sql(standby.url("traction"), "SELECT pg_wal_replay_pause()");
    try {
      await makeConversation(app, user);
      const before = app.reads.counts;
      expect(await conversations("2000-01-01")).toBe(2);
      expect(app.reads.counts.primary).toBe(before.primary + 1);
      expect(app.reads.counts.replica).toBe(before.replica);
      // The standby really is behind: it still holds one conversation.
      const [row] = await sql<{ count: string }>(standby.url("traction"), `SELECT count(*)::text AS count FROM "Conversation"`);
      expect(row!.count).toBe("1");
    } finally {
      await sql(standby.url("traction"), "SELECT pg_wal_replay_resume()");
    }
    await caughtUp();
    const before = app.reads.counts;
    expect(await conversations("2001-01-01")).toBe(2);
    expect(app.reads.counts.replica).toBe(before.replica + 1);
  });

  test("with the standby down, reads fall back to the primary and still answer", async () => {
    await standby.stopServer();
    try {
      await makeConversation(app, user);
      const before = app.reads.counts;
      expect(await conversations("2002-01-01")).toBe(3);
      expect(app.reads.counts.primary).toBe(before.primary + 1);
    } finally {
      await standby.startServer();
    }
  });
});
