import { randomUUID } from "node:crypto";
import { createDatabase as createPrisma, type Database } from "@traction/db";
import pg from "pg";
import { afterAll, afterEach, beforeAll, expect, inject, test } from "vitest";
import { createDatabase, databaseUrl, dropDatabase } from "../../test/helpers/databases.ts";
import { eventually } from "../../test/helpers/webhook-receiver.ts";
import { UserDirectory } from "./user-directory.ts";

const database = `${inject("templateDatabase").replace(/_template$/, "")}_users_${randomUUID().slice(0, 8)}`;
let url: string;
let db: Database;
let lookups = 0;
let directory: UserDirectory | undefined;

/** The real client, counting the lookups that reach PostgreSQL. */
function counted(real: Database): Database {
  return new Proxy(real, {
    get(target, property, receiver) {
      if (property === "$queryRaw") {
        return (...args: Parameters<Database["$queryRaw"]>) => {
          lookups += 1;
          return target.$queryRaw(...args);
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function newUser(role = "JOBSEEKER"): Promise<string> {
  const [row] = await sql(
    `INSERT INTO "User" (email, "passwordHash", name, role, "updatedAt") VALUES ($1, 'x', 'Someone', $2::"Role", now()) RETURNING id::text`,
    [`${randomUUID()}@example.test`, role],
  );
  return (row as { id: string }).id;
}

async function open(maxEntries = 100): Promise<UserDirectory> {
  directory = new UserDirectory(counted(db), { connectionString: url, maxEntries });
  await directory.start();
  return directory;
}

beforeAll(async () => {
  await createDatabase(database, inject("templateDatabase"));
  url = databaseUrl(database);
  db = createPrisma({ connectionString: url, maxConnections: 2 });
});

afterEach(async () => {
  await directory?.close();
  directory = undefined;
  lookups = 0;
});

afterAll(async () => {
  await db.$disconnect();
  await dropDatabase(database);
});

test("a user is read once, then served from memory", async () => {
  const users = await open();
  const id = await newUser();
  for (let request = 0; request < 3; request += 1) expect(await users.find(id)).toEqual({ id, role: "JOBSEEKER" });
  expect(lookups).toBe(1);
});

test("an account deleted by another process is forgotten as PostgreSQL announces it", async () => {
  const users = await open();
  const id = await newUser();
  await users.find(id);
  await sql(`DELETE FROM "User" WHERE id = $1`, [id]);
  await eventually(async () => (await users.find(id)) === null, 2_000);
});

test("a changed role is read again", async () => {
  const users = await open();
  const id = await newUser();
  await users.find(id);
  await sql(`UPDATE "User" SET role = 'COACH' WHERE id = $1`, [id]);
  await eventually(async () => (await users.find(id))?.role === "COACH", 2_000);
});

test("a lookup in flight when the user changes is not kept", async () => {
  const users = await open();
  const id = await newUser();
  const inFlight = users.find(id);
  users.forget(id);
  await inFlight;
  await users.find(id);
  expect(lookups).toBe(2);
});

test("while the notifications are lost nothing is served from memory, and caching resumes once they are back", async () => {
  const users = await open();
  const id = await newUser();
  await users.find(id);
  await sql(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN traction_user_changed' AND datname = current_database()`,
  );
  await eventually(async () => {
    const before = lookups;
    await users.find(id);
    return lookups > before;
  }, 2_000);
  // Reconnected: read once more, then from memory again.
  await eventually(async () => {
    await users.find(id);
    const before = lookups;
    await users.find(id);
    return lookups === before;
  }, 5_000);
});

test("with no room, every lookup reads the database and nothing listens", async () => {
  const users = await open(0);
  const id = await newUser();
  await users.find(id);
  await users.find(id);
  expect(lookups).toBe(2);
  const listeners = await sql(
    `SELECT 1 FROM pg_stat_activity WHERE query = 'LISTEN traction_user_changed' AND datname = current_database()`,
  );
  expect(listeners).toHaveLength(0);
});
