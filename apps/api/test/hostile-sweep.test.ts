/**
 * The property behind "no 500 for anything a client sent" (issue 13, item 1):
 * every operation of the served OpenAPI document, driven by fast-check with
 * hostile values shaped after its own parameters and body schema (NUL and lone
 * surrogates, huge and odd numbers, dates far outside the range, wrong types,
 * long strings, forged cursors), as a jobseeker, their linked coach and the
 * jobseeker's API key, with the real ids of their records where a path or a
 * field takes one. No answer may be ≥ 500. Set `SWEEP_SEED` to replay a run.
 */
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { makeEverything, type Everything } from "./helpers/account.ts";
import { makeApiKey, type TestApiKey } from "./helpers/api-keys.ts";
import { useTestApp } from "./helpers/app.ts";
import { inviteCode, linkCoach } from "./helpers/coaching.ts";
import { connectionsCsv } from "./helpers/linkedin.ts";
import { signUp, type TestUser } from "./helpers/users.ts";

const ctx = useTestApp({ API_KEY_RATE_LIMIT: "1000000" });
const RUNS_PER_OPERATION = 18;
const CONCURRENCY = 3;
const SEED = process.env.SWEEP_SEED ? Number(process.env.SWEEP_SEED) : Date.now() % 2 ** 31;

interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
}
interface Operation {
  method: string;
  path: string;
  parameters?: Array<{ in: string; name: string; schema?: JsonSchema }>;
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}
type Caller = "jobseeker" | "coach" | "apiKey" | "readKey" | "none" | "forged";

let components: Record<string, JsonSchema> = {};
let operations: Operation[] = [];
let jobseeker: TestUser;
let coach: TestUser;
let apiKey: TestApiKey;
let readKey: TestApiKey;
let everything: Everything;
/** Real ids, by the name of the path parameter or field that takes them. */
const realIds: Record<string, string[]> = {};
let sent = 0;
const statuses = new Map<number, number>();

// ---- hostile values ----------------------------------------------------------

const HOSTILE_STRINGS = [
  "\u0000",
  "A\u0000B",
  "x\ud800y",
  "\udc00",
  "end\ud83d",
  "😀",
  "",
  " ",
  "x".repeat(10_000),
  "%00",
  "' OR '1'='1",
  "../../etc/passwd",
  "${jndi:x}",
  "null",
  "true",
  "-1",
  "1e309",
  "NaN",
  "Infinity",
  "0000-01-01",
  "0001-01-05",
  "9999-12-31",
  "2026-02-30",
  "+275760-09-13",
  "0001-01-01T00:00:00+14:00",
  "9999-12-31T23:59:59Z",
  "+275760-09-13T00:00:00.000Z",
  "------------------------------------",
  "0123456789abcdef0123456789abcdef----",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "Europe/Nowhere",
  "http://[::1]/",
  "https://user:pw@10.0.0.1/",
  "javascript:alert(1)",
  "a@b",
  "WEEK",
];

const cursorOf = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString("base64url");
const hostileCursor = fc.oneof(
  fc.constantFrom(
    cursorOf({ k: "0000-01-01T00:00:00.000Z", id: randomUUID() }),
    cursorOf({ k: "+275760-09-13T00:00:00.000Z", id: randomUUID() }),
    cursorOf({ k: "2026-01-01T00:00:00.000Z", id: "------------------------------------" }),
    cursorOf({ k: 1, id: 2 }),
    cursorOf({ h: 1e308, d: "0000-01-01", id: "x" }),
    cursorOf({ h: -1, d: null, id: randomUUID() }),
    cursorOf(null),
    cursorOf([]),
    "%%%",
    "eyJ",
  ),
  fc.record({ k: fc.oneof(fc.string(), fc.integer()), id: fc.string() }).map(cursorOf),
);

const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1, -1, 0.5, 1e308, -1e308, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER + 2, 101, 24.01),
);

const hostileDate = fc.oneof(
  fc
    .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .date({ min: new Date("1899-06-01T00:00:00Z"), max: new Date("2101-06-01T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("1900-01-01", "2100-12-31", "1899-12-31", "2101-01-01", "0000-01-01", "9999-12-31"),
);
const hostileTimestamp = fc.oneof(
  fc
    .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom("0001-01-01T00:00:00+14:00", "2100-12-31T23:30:00-14:00", "1900-01-01T00:00:00+14:00", "2026-12-01T10:00:00Z"),
);

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 200, maxLength: 3_000 }) },
  { weight: 1, arbitrary: hostileDate },
  { weight: 1, arbitrary: hostileTimestamp },
  { weight: 1, arbitrary: fc.uuid() },
);

const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, [], {}, [null], { "": "\u0000" }, { __proto__: { x: 1 } }),
  hostileNumber,
  hostileString,
  fc.array(hostileString, { maxLength: 3 }),
);

const anyRealId = () => fc.constantFrom(...Object.values(realIds).flat());
const idFor = (name: string) =>
  fc.oneof(
    { weight: 4, arbitrary: realIds[name] ? fc.constantFrom(...realIds[name]) : anyRealId() },
    { weight: 1, arbitrary: anyRealId() },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: hostileString },
  );

function resolve(schema: JsonSchema): JsonSchema {
  if (schema.$ref) return resolve(components[schema.$ref.split("/").at(-1)!] ?? {});
  return schema;
}

/** Values shaped after `schema`, mostly hostile within its type, sometimes of another type. */
function valueFor(raw: JsonSchema, name: string, depth: number): fc.Arbitrary<unknown> {
  const schema = resolve(raw);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((variant) => valueFor(variant, name, depth)));
  if (schema.allOf?.[0]) return valueFor(schema.allOf[0], name, depth);
  const shaped = shapedValue(schema, name, depth);
  return fc.oneof({ weight: 5, arbitrary: shaped }, { weight: 1, arbitrary: depth > 2 ? hostileString : wrongType });
}

function shapedValue(schema: JsonSchema, name: string, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum)
    return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...schema.enum) }, { weight: 1, arbitrary: hostileString });
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      if (schema.format === "uuid") return idFor(name);
      if (schema.format === "date") return fc.oneof(hostileDate, hostileString);
      if (schema.format === "date-time") return fc.oneof(hostileTimestamp, hostileString);
      if (name === "cursor") return hostileCursor;
      return hostileString;
    case "integer":
    case "number":
      return hostileNumber;
    case "boolean":
      return fc.oneof(fc.boolean(), fc.constantFrom("true", 1, null));
    case "null":
      return fc.constant(null);
    case "array":
      return depth > 3 ? fc.constant([]) : fc.array(valueFor(schema.items ?? {}, name, depth + 1), { maxLength: 6 });
    case "object": {
      if (depth > 3) return fc.constant({});
      const shape = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, child]) => [key, valueFor(child, key, depth + 1)]),
      );
      return fc
        .tuple(
          fc.record(shape, { requiredKeys: [] }),
          fc.option(fc.dictionary(fc.string({ maxLength: 8 }), hostileString, { maxKeys: 2 })),
        )
        .map(([known, extra]) => ({ ...(extra ?? {}), ...known }));
    }
    default:
      return wrongType;
  }
}

const asQueryValue = (value: unknown): string | string[] =>
  Array.isArray(value)
    ? value.map((item) => (typeof item === "string" ? item : JSON.stringify(item)))
    : typeof value === "string"
      ? value
      : JSON.stringify(value);

const csvText = fc
  .array(fc.array(hostileString, { minLength: 0, maxLength: 8 }), { maxLength: 6 })
  .map((rows) => connectionsCsv(rows.map((row) => row.map((cell) => cell.slice(0, 200)))));

/** An Authorization header value that is valid HTTP but not a credential. */
const forgedAuth = fc.oneof(
  fc.constantFrom("Bearer ", "Bearer trk_", `Bearer trk_${"0".repeat(43)}`, "Bearer a.b.c", "Basic Zm9vOmJhcg==", "bearer x"),
  fc.string({ unit: "binary-ascii", maxLength: 60 }).map((text) => `Bearer ${text.replace(/[^\x20-\x7e]/g, "")}`),
);

// ---- the requests ---------------------------------------------------------------

interface Probe {
  caller: Caller;
  forged: string;
  pathValues: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  idempotencyKey: string | null;
  csv: string;
}

function callersFor(operation: Operation): fc.Arbitrary<Caller> {
  const coachRoute = operation.path.startsWith("/api/v1/coach/");
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant<Caller>(coachRoute ? "coach" : "jobseeker") },
    { weight: 3, arbitrary: fc.constant<Caller>(coachRoute ? "jobseeker" : "apiKey") },
    { weight: 1, arbitrary: fc.constantFrom<Caller>("coach", "readKey", "none", "forged") },
  );
}

function probeFor(operation: Operation): fc.Arbitrary<Probe> {
  const params = operation.parameters ?? [];
  const inPath = Object.fromEntries(
    params
      .filter((p) => p.in === "path")
      .map((p) => [p.name, p.name === "secret" ? hostileString : idFor(pathKey(operation.path, p.name))]),
  );
  const inQuery = Object.fromEntries(
    params.filter((p) => p.in === "query").map((p) => [p.name, valueFor(p.schema ?? {}, p.name, 1)]),
  );
  const jsonBody = operation.requestBody?.content["application/json"]?.schema;
  return fc.record({
    caller: callersFor(operation),
    forged: forgedAuth,
    pathValues: fc.record(inPath),
    query: fc
      .tuple(
        fc.record(inQuery, { requiredKeys: [] }),
        fc.option(fc.dictionary(fc.constantFrom("x", "limit", "cursor", "from"), hostileString, { maxKeys: 1 })),
      )
      .map(([known, extra]) => ({ ...(extra ?? {}), ...known })),
    body: jsonBody ? valueFor(jsonBody, "body", 0) : fc.option(wrongType),
    idempotencyKey: fc.option(
      fc.string({ unit: "binary-ascii", maxLength: 300 }).map((key) => key.replace(/[^\x21-\x7e]/g, "") || "k"),
    ),
    csv: csvText,
  });
}

/** Which pool of real ids a path parameter draws from: `/venues/{id}` → venues, `{linkId}` → links, … */
function pathKey(path: string, name: string): string {
  if (name !== "id") return name;
  const segments = path.split("/");
  return segments[segments.indexOf("{id}") - 1] ?? "id";
}

/** Percent-encodes the UTF-8 bytes of `value` (a lone surrogate, which encodeURIComponent refuses, becomes U+FFFD's). */
const pathSegment = (value: unknown) =>
  [...Buffer.from(String(value), "utf8")].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");

function send(operation: Operation, probe: Probe) {
  const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => pathSegment(probe.pathValues[name]));
  const method = operation.method.toLowerCase() as "get" | "post" | "put" | "patch" | "delete";
  let call = request(ctx.app.server)[method](url);
  const query = Object.fromEntries(Object.entries(probe.query).map(([key, value]) => [key, asQueryValue(value)]));
  call = call.query(query);
  const auth: Record<Caller, Record<string, string>> = {
    jobseeker: jobseeker.auth,
    coach: coach.auth,
    apiKey: apiKey.auth,
    readKey: readKey.auth,
    none: {},
    forged: { Authorization: probe.forged },
  };
  call = call.set(auth[probe.caller]);
  if (probe.idempotencyKey !== null && method === "post") call = call.set("Idempotency-Key", probe.idempotencyKey);
  if (operation.path.endsWith("/imports/linkedin")) return call.attach("file", Buffer.from(probe.csv, "utf8"), "Connections.csv");
  if (probe.body !== null && probe.body !== undefined) {
    return call.set("Content-Type", "application/json").send(JSON.stringify(probe.body));
  }
  return call;
}

/** Deletions last (so the records they remove serve the other operations first), the account's deletion very last. */
const order = (operation: Operation) =>
  operation.path === "/api/v1/me" && operation.method === "delete" ? 2 : operation.method === "delete" ? 1 : 0;

beforeAll(async () => {
  const doc = (await request(ctx.app.server).get("/api/v1/openapi.json").expect(200)).body as {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, JsonSchema> };
  };
  components = doc.components.schemas;
  operations = Object.entries(doc.paths)
    .flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ ...operation, method, path })))
    .sort((a, b) => order(a) - order(b));

  [jobseeker, coach] = await Promise.all([signUp(ctx.app, "JOBSEEKER", "Sweep Client"), signUp(ctx.app, "COACH", "Sweep Coach")]);
  everything = await makeEverything(ctx.app, jobseeker, "sweep");
  apiKey = await makeApiKey(ctx.app, jobseeker, ["read", "write", "admin"]);
  readKey = await makeApiKey(ctx.app, jobseeker, ["read"]);
  const spareKey = await makeApiKey(ctx.app, jobseeker, ["read"], "spare");
  const linkId = await linkCoach(ctx.app, jobseeker, coach);
  const api = () => request(ctx.app.server);
  const webhook = await api()
    .post("/api/v1/webhooks")
    .set(jobseeker.auth)
    .send({ url: "http://127.0.0.1:9/hook", events: ["contact.created"] })
    .expect(201);
  const comment = await api()
    .post("/api/v1/comments")
    .set(coach.auth)
    .send({ clientId: jobseeker.user.id, subjectType: "EVENT", subjectId: everything.ids.events![0], body: "Nice" })
    .expect(201);
  const suggestion = await api()
    .post(`/api/v1/coach/clients/${jobseeker.user.id}/target-suggestions`)
    .set(coach.auth)
    .send({ weeklyTargets: { events: 1, newContacts: 1, oneOnOnes: 1, conversationsMentioningSearchPct: 10 } })
    .expect(201);
  const upload = await api()
    .post("/api/v1/imports/linkedin")
    .set(jobseeker.auth)
    .attach(
      "file",
      Buffer.from(connectionsCsv([["A", "B", "https://www.linkedin.com/in/a-b", "", "", "", ""]])),
      "Connections.csv",
    )
    .expect(202);
  await inviteCode(ctx.app, jobseeker);

  Object.assign(realIds, everything.ids, {
    clientId: [jobseeker.user.id],
    contactId: everything.ids.contacts,
    venueId: everything.ids.venues,
    eventId: everything.ids.events,
    companyId: everything.ids.companies,
    meetingId: everything.ids.meetings,
    sourceContactId: everything.ids.contacts,
    metAtEventId: everything.ids.events,
    contactIds: everything.ids.contacts,
    mentionedCompanyIds: everything.ids.companies,
    linkId: [linkId],
    webhooks: [webhook.body.id as string],
    comments: [comment.body.id as string],
    "target-suggestions": [suggestion.body.id as string],
    imports: [upload.body.id as string],
    "api-keys": [spareKey.id],
    subjectId: [...everything.ids.events!, everything.planId],
  });
});

describe("every operation of the OpenAPI document, with hostile input", () => {
  it("never answers ≥ 500", { timeout: 240_000 }, async () => {
    expect(operations.length).toBeGreaterThan(100);
    const failures: string[] = [];
    const sweep = async (operation: Operation) => {
      const label = `${operation.method.toUpperCase()} ${operation.path}`;
      const result = await fc.check(
        fc.asyncProperty(probeFor(operation), async (probe) => {
          const response = await send(operation, probe);
          sent += 1;
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status >= 500) throw new Error(`${label} → ${response.status} ${JSON.stringify(response.body)}`);
        }),
        { numRuns: RUNS_PER_OPERATION, seed: SEED, endOnFailure: true },
      );
      if (result.failed) failures.push(`${label}: ${String(result.errorInstance)} with ${fc.stringify(result.counterexample)}`);
    };
    // Reads and writes a few operations at a time (the database works while the app waits), deletions after them, one by one.
    const queue = operations.filter((operation) => order(operation) === 0);
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await sweep(next);
      }),
    );
    for (const operation of operations.filter((candidate) => order(candidate) > 0)) await sweep(operation);
    console.info(
      `hostile sweep: ${sent} requests over ${operations.length} operations (seed ${SEED}); statuses`,
      Object.fromEntries(statuses),
    );
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(2_000);
  });
});
