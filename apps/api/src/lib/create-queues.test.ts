import { randomUUID } from "node:crypto";
import { afterAll, expect, inject, test } from "vitest";
import { buildApp } from "../app.ts";
import { testConfig } from "../../test/helpers/app.ts";
import { createDatabase, dropDatabase } from "../../test/helpers/databases.ts";

const database = `${inject("templateDatabase").replace(/_template$/, "")}_queues_${randomUUID().slice(0, 8)}`;

afterAll(async () => {
  await dropDatabase(database);
});

test("several API processes starting at once on a fresh database all create their job queues and start", async () => {
  await createDatabase(database, inject("templateDatabase"));
  // Each app runs the webhook and mail workers: both create pg-boss queues as they start.
  const config = testConfig(database, { WEBHOOK_WORKER: "on", MAIL_WORKER: "on", DATABASE_POOL_SIZE: "2" });
  const apps = await Promise.all(Array.from({ length: 4 }, () => buildApp(config)));
  try {
    const started = await Promise.allSettled(apps.map((app) => app.ready()));
    expect(started.map((result) => result.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
  } finally {
    await Promise.all(apps.map((app) => app.close()));
  }
});
