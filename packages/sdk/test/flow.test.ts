/**
 * The SDK against the real API (src/server.ts as a process) on a fresh clone
 * of the migrated template database: a user registers and makes an API key
 * over plain fetch, then everything goes through the SDK only — records,
 * paging through more contacts than one page holds, insights, a 429 retried
 * after its Retry-After, and a POST whose answer is lost on the way back,
 * retried with the same Idempotency-Key and answered with the first object.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, expectTypeOf, inject, it } from "vitest";
import { register, startApi, type ApiProcess } from "../../../apps/api/test/helpers/api-process.ts";
import { createDatabase, databaseUrl, dropDatabase } from "../../../apps/api/test/helpers/databases.ts";
import { syncContactsToCsv } from "../examples/sync-contacts-to-csv.ts";
import { createTraction, TractionError, type components, type RetryInfo } from "../src/index.ts";

// Provided by the API's global setup (apps/api/test/global-setup.ts), which this project runs too.
declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

type Contact = components["schemas"]["Contact"];

const template = inject("templateDatabase");
const database = `${template.replace(/_template$/, "")}_sdk_${randomUUID().slice(0, 8)}`;
let api: ApiProcess;
let accessToken: string;

/** A new API key, made as a user would: with the session, over plain fetch. */
async function apiKey(name: string): Promise<string> {
  const response = await fetch(`${api.url}/api/v1/api-keys`, {
    method: "POST",
    headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/json" },
    body: JSON.stringify({ name, scopes: ["read", "write"] }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { key: string }).key;
}

async function countContacts(name: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl(database) });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM "Contact" WHERE name = $1', [name]);
    return Number(rows[0]!.count);
  } finally {
    await client.end();
  }
}

const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  await createDatabase(database, template);
  api = await startApi(databaseUrl(database));
  accessToken = await register(api.url, "sdk");
});

afterAll(async () => {
  api?.child.kill("SIGTERM");
  await api?.exited;
  await dropDatabase(database);
});

describe("the SDK against the real API", () => {
  it("creates a venue, an event, contacts and a conversation, pages through the contacts and reads insights", async () => {
    const traction = createTraction({ baseUrl: api.url, apiKey: await apiKey("SDK flow") });

    const venue = await traction.POST("/api/v1/venues", { body: { name: "Tech meetup", kind: "MEETUP" } });
    expect(venue.response.status).toBe(201);
    const venueId = venue.data!.id;
    const event = await traction.POST("/api/v1/events", { body: { venueId, date: today(), hours: 2 } });
    expect(event.response.status).toBe(201);

    // 45 contacts: three pages of 20.
    const names = Array.from({ length: 45 }, (_, index) => `Contact ${String(index).padStart(2, "0")}`);
    const created: string[] = [];
    for (let start = 0; start < names.length; start += 5) {
      const answers = await Promise.all(
        names
          .slice(start, start + 5)
          .map((name) => traction.POST("/api/v1/contacts", { body: { name, metAtEventId: event.data!.id } })),
      );
      for (const answer of answers) {
        expect(answer.response.status).toBe(201);
        created.push(answer.data!.id);
      }
    }

    const conversation = await traction.POST("/api/v1/conversations", {
      body: { date: today(), contactIds: [created[0]!], eventId: event.data!.id, channel: "AT_EVENT", mentionedJobSearch: true },
    });
    expect(conversation.response.status).toBe(201);

    const pageSizes: number[] = [];
    for await (const page of traction.pages("/api/v1/contacts", { params: { query: { limit: 20 } } })) {
      pageSizes.push(page.data.length);
    }
    expect(pageSizes).toEqual([20, 20, 5]);

    const seen: Contact[] = [];
    for await (const contact of traction.paginate("/api/v1/contacts", { params: { query: { limit: 20 } } })) {
      expectTypeOf(contact).toEqualTypeOf<Contact>();
      seen.push(contact);
    }
    expect(seen.map((contact) => contact.id).sort()).toEqual([...created].sort());
    expect(new Set(seen.map((contact) => contact.name))).toEqual(new Set(names));

    // A filter is passed along on every page.
    const filtered: string[] = [];
    for await (const contact of traction.paginate("/api/v1/contacts", { params: { query: { q: "Contact 4", limit: 2 } } })) {
      filtered.push(contact.name);
    }
    expect(filtered.sort()).toEqual(names.filter((name) => name.startsWith("Contact 4")));

    const insights = await traction.GET("/api/v1/insights");
    expect(insights.response.status).toBe(200);
    expect(insights.data!.funnel.hours).toBe(2);
    expect(insights.data!.funnel.conversations).toBe(1);
  });

  it("returns the API's problem document for bad input, and the pager throws it as a TractionError", async () => {
    const traction = createTraction({ baseUrl: api.url, apiKey: await apiKey("SDK errors") });
    const bad = await traction.POST("/api/v1/contacts", { body: { name: "" } });
    expect(bad.response.status).toBe(400);
    expect(bad.error?.errors?.map((error) => error.path)).toEqual(["name"]);

    const pages = traction.paginate("/api/v1/contacts", { params: { query: { limit: 500 } } });
    const failure = await pages.next().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TractionError);
    expect((failure as TractionError).status).toBe(400);
    expect((failure as TractionError).problem?.errors?.map((error) => error.path)).toEqual(["limit"]);

    const unauthorized = createTraction({ baseUrl: api.url, apiKey: "trk_not_a_key" });
    expect((await unauthorized.GET("/api/v1/contacts")).response.status).toBe(401);
  });

  it("waits out a 429 for its Retry-After and then gets the answer", async () => {
    // A second process on the same database, with a limit of 3 requests per 2 s for each key.
    const limited = await startApi(databaseUrl(database), { API_KEY_RATE_LIMIT: "3", API_KEY_RATE_LIMIT_WINDOW_SECONDS: "2" });
    try {
      // Without retries the fourth request in a window is refused, with Retry-After.
      const bare = createTraction({ baseUrl: limited.url, apiKey: await apiKey("SDK no retries"), retries: 0 });
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      // (Up to 8 requests: on a machine that stalls for 2 s the window may turn once.)
      while (retryAfter === null && statuses.length < 8) {
        const { response } = await bare.GET("/api/v1/venues");
        statuses.push(response.status);
        if (response.status === 429) retryAfter = response.headers.get("retry-after");
      }
      expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
      expect(statuses.at(-1)).toBe(429);
      expect(retryAfter).toMatch(/^[12]$/);

      const retries: RetryInfo[] = [];
      const traction = createTraction({
        baseUrl: limited.url,
        apiKey: await apiKey("SDK retries"),
        onRetry: (retry) => retries.push(retry),
      });
      const started = Date.now();
      const answers: number[] = [];
      for (let index = 0; index < 5; index += 1) answers.push((await traction.GET("/api/v1/venues")).response.status);
      expect(answers).toEqual([200, 200, 200, 200, 200]);
      expect(retries.length).toBeGreaterThan(0);
      for (const retry of retries) {
        expect(retry.status).toBe(429);
        // The wait is the server's Retry-After (whole seconds), not the backoff's.
        expect([1000, 2000]).toContain(retry.delayMs);
      }
      expect(Date.now() - started).toBeGreaterThanOrEqual(retries[0]!.delayMs);
    } finally {
      limited.child.kill("SIGTERM");
      await limited.exited;
    }
  });

  it("retries a POST whose answer was lost with the same Idempotency-Key, and gets the first object back", async () => {
    let loseNextAnswer = true;
    const keys: (string | null)[] = [];
    let lostId: string | undefined;
    const traction = createTraction({
      baseUrl: api.url,
      apiKey: await apiKey("SDK lost answer"),
      minDelayMs: 50,
      // The network between the SDK and the API: the first POST reaches the API, its answer never comes back.
      fetch: async (request) => {
        if (request.method === "POST") keys.push(request.headers.get("idempotency-key"));
        const response = await fetch(request);
        if (request.method === "POST" && loseNextAnswer) {
          loseNextAnswer = false;
          lostId = ((await response.json()) as { id: string }).id;
          throw new TypeError("fetch failed", { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) });
        }
        return response;
      },
    });

    const name = `Lost answer ${randomUUID()}`;
    const { data, response } = await traction.POST("/api/v1/contacts", { body: { name } });
    expect(response.status).toBe(201);
    expect(lostId).toBeDefined();
    expect(data!.id).toBe(lostId);
    expect(response.headers.get("idempotent-replayed")).toBe("true");
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await countContacts(name)).toBe(1);

    // Another write with the same body is another logical write: a new key, a new contact.
    const again = await traction.POST("/api/v1/contacts", { body: { name } });
    expect(again.response.status).toBe(201);
    expect(again.data!.id).not.toBe(lostId);
    expect(keys[2]).not.toBe(keys[0]);
    expect(await countContacts(name)).toBe(2);
  });

  it("examples/sync-contacts-to-csv.ts writes every contact, one row each, quoted where needed", async () => {
    const traction = createTraction({ baseUrl: api.url, apiKey: await apiKey("SDK CSV") });
    const awkward = '=HYPERLINK("x"), Inc\nsecond line';
    await traction.POST("/api/v1/contacts", { body: { name: awkward, company: 'Say "hi"', tags: ["a", "b"] } });
    const total: string[] = [];
    for await (const contact of traction.paginate("/api/v1/contacts", { params: { query: { limit: 100 } } }))
      total.push(contact.id);

    const folder = await mkdtemp(path.join(os.tmpdir(), "sdk-csv-"));
    try {
      const file = path.join(folder, "contacts.csv");
      expect(await syncContactsToCsv(traction, file)).toBe(total.length);
      const text = await readFile(file, "utf8");
      const rows = text.split("\r\n").filter((row) => row !== "");
      expect(rows[0]).toBe("id,name,company,title,email,phone,relationship,tags,firstMetOn,updatedAt");
      // The awkward name keeps its line break inside quotes: one record over two lines of text.
      expect(rows).toHaveLength(total.length + 1);
      expect(new Set(rows.slice(1).map((row) => row.slice(0, 36)))).toEqual(new Set(total));
      expect(text).toContain(`,"'=HYPERLINK(""x""), Inc\nsecond line","Say ""hi""",,,,,a; b,`);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
