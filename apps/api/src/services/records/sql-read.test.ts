/**
 * The record reads written in SQL (sql-read.ts) against Prisma's: the same
 * rows, field for field, in the same key order, with the same types (Dates,
 * UTC-midnight `@db.Date`s, arrays, nulls), for every filter of every resource,
 * for a cursor and a sync read. Prisma's side is the same service run inside
 * a transaction, where the reads stay on Prisma.
 */
import { RECORD_SCHEMAS, type RecordResource } from "@traction/schemas";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { RECORD_RESOURCES } from "../../routes/api/v1/records/resources.ts";
import { makeCompany, makeContact, makeEvent, makeVenue, post, daysAgo } from "../../../test/helpers/records.ts";
import { useTestApp } from "../../../test/helpers/app.ts";
import { signUp, type TestUser } from "../../../test/helpers/users.ts";
import { getRecord } from "./get-record.ts";
import { listRecords, type ListQuery } from "./list-records.ts";
import type { AnyRecordSpec } from "./record-spec.ts";
import { listStatement } from "./sql-read.ts";

const context = useTestApp();
let owner: TestUser;
let other: TestUser;
const ids: Record<string, string> = {};

/** Each row's keys and each value's type, beside the values: `toEqual` alone ignores key order and Date vs string. */
const shape = (rows: unknown[]) =>
  rows.map((row) =>
    Object.entries(row as Record<string, unknown>).map(([key, value]) => [
      key,
      value instanceof Date ? "Date" : Array.isArray(value) ? "array" : value === null ? "null" : typeof value,
    ]),
  );

function specOf(tag: RecordResource): AnyRecordSpec {
  return RECORD_RESOURCES.find((resource) => resource.tag === tag)!.spec;
}

// Not UTC, so that a `@db.Date` read as local midnight (node-postgres' default) would show.
beforeAll(() => {
  vi.stubEnv("TZ", "America/New_York");
});
afterAll(() => {
  vi.unstubAllEnvs();
});

beforeAll(async () => {
  const { app } = context;
  owner = await signUp(app);
  other = await signUp(app);
  const company = await makeCompany(app, owner, { name: "Müller & Co", priority: 2, status: "CONNECTED" });
  await makeCompany(app, owner, { name: "Globex" });
  const event = await makeEvent(app, owner, { notes: "met a few", visibility: "FRONT_FACING" });
  ids.event = event.id;
  ids.venue = event.venueId as string;
  ids.company = company.id;
  const linked = await makeContact(app, owner, {
    name: "Ann 100% Insider",
    company: "Müller & Co",
    companyId: company.id,
    relationship: "INSIDER",
    tags: ["meetup", "a_b"],
    metAtEventId: event.id,
  });
  ids.contact = linked.id;
  // Suggested: "muller  & co" matches the company's name key; not linked yet.
  await makeContact(app, owner, { name: "Bob", company: "muller  & co", email: "bob@example.test" });
  await makeContact(app, owner, { name: "Cy_ril" });
  await post(app, owner, "/api/v1/meetings", {
    contactId: linked.id,
    status: "SCHEDULED",
    scheduledAt: `${daysAgo(-2)}T09:30:00.000Z`,
  });
  await post(app, owner, "/api/v1/meetings", { contactId: linked.id, status: "PROPOSED" });
  await post(app, owner, "/api/v1/leads", { title: "Staff engineer", stage: "APPLIED", companyId: company.id, sourceContactId: linked.id });
  await post(app, owner, "/api/v1/leads", { title: "Idea", stage: "IDEA" });
  await post(app, owner, "/api/v1/tasks", { title: "Call Ann", dueOn: daysAgo(1), contactId: linked.id });
  await post(app, owner, "/api/v1/tasks", { title: "Done", done: true });
  await post(app, owner, "/api/v1/posts", { title: "On networking", publishedOn: daysAgo(5), url: "https://example.test/post" });
  await post(app, owner, "/api/v1/posts", { title: "Draft" });
  await makeVenue(app, owner, { name: "Online meetup", kind: "ONLINE" });
  // The other user's rows must never show.
  await makeContact(app, other, { name: "Ann 100% Insider", company: "Müller & Co" });
  await makeCompany(app, other, { name: "Müller & Co" });
});

/** Each resource's filters, as query strings, parsed by the route's own schema. */
function filterSets(): Partial<Record<RecordResource, Array<Record<string, string>>>> {
  return {
    contacts: [
      { q: "100%" },
      { q: "ANN" },
      { q: "y_r" },
      { q: "müller" },
      { relationship: "INSIDER" },
      { companyId: ids.company! },
      { tag: "a_b" },
      { q: "a", relationship: "INSIDER", companyId: ids.company!, tag: "meetup" },
    ],
    companies: [{ status: "CONNECTED" }, { priority: "2" }, { status: "RESEARCHING", priority: "1" }],
    venues: [{ kind: "ONLINE" }],
    events: [{ venueId: ids.venue! }, { from: daysAgo(4), to: daysAgo(3) }, { from: daysAgo(2) }],
    meetings: [{ status: "SCHEDULED" }, { contactId: ids.contact! }, { from: daysAgo(0), to: daysAgo(-2) }, { to: daysAgo(0) }],
    leads: [{ stage: "APPLIED" }, { companyId: ids.company! }, { sourceContactId: ids.contact! }],
    tasks: [{ done: "true" }, { done: "false" }, { dueBefore: daysAgo(0) }, { contactId: ids.contact! }],
    posts: [],
  };
}

async function bothWays(spec: AnyRecordSpec, query: ListQuery) {
  const { db } = context.app;
  const model = vi.spyOn(spec, "model");
  const viaSql = await listRecords(db, spec, owner.user.id, query);
  // Outside a transaction the read never touches Prisma's model.
  expect(model).not.toHaveBeenCalled();
  model.mockRestore();
  const viaPrisma = await db.$transaction((tx) => listRecords(tx, spec, owner.user.id, query));
  expect(shape(viaSql.data)).toEqual(shape(viaPrisma.data));
  expect(viaSql).toEqual(viaPrisma);
  return viaSql;
}

describe("record reads in SQL", () => {
  const tables = RECORD_RESOURCES.filter((resource) => resource.spec.table);

  it("cover every record resource but conversations (whose rows carry included relations)", () => {
    expect(tables.map((resource) => resource.tag).sort()).toEqual(
      RECORD_RESOURCES.map((resource) => resource.tag)
        .filter((tag) => tag !== "conversations")
        .sort(),
    );
  });

  it.each(tables.map((resource) => resource.tag as RecordResource))("%s: a page, each filter, a cursor and a sync read as Prisma reads them", async (tag) => {
    const spec = specOf(tag);
    const schema = RECORD_SCHEMAS[tag].listQuery;
    const all = await bothWays(spec, schema.parse({}));
    expect(all.data.length).toBeGreaterThan(0);

    for (const filters of filterSets()[tag] ?? []) await bothWays(spec, schema.parse(filters));

    // Page by page, one row at a time, to the end.
    let cursor: string | undefined;
    let seen = 0;
    do {
      const page = await bothWays(spec, schema.parse({ limit: "1", ...(cursor ? { cursor } : {}) }));
      seen += page.data.length;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toBe(all.data.length);

    const sync = await bothWays(spec, schema.parse({ updatedSince: new Date(Date.now() - 3_600_000).toISOString(), limit: "2" }));
    if (sync.nextCursor) await bothWays(spec, schema.parse({ updatedSince: new Date(0).toISOString(), cursor: sync.nextCursor }));

    for (const row of all.data as Array<{ id: string }>) {
      const viaSql = await getRecord(context.app.db, spec, owner.user.id, row.id);
      const viaPrisma = await context.app.db.$transaction((tx) => getRecord(tx, spec, owner.user.id, row.id));
      expect(shape([viaSql])).toEqual(shape([viaPrisma]));
      expect(viaSql).toEqual(viaPrisma);
      // Another user's id is a 404, as through Prisma.
      await expect(getRecord(context.app.db, spec, other.user.id, row.id)).rejects.toMatchObject({ status: 404 });
    }
  });

  it("computes a contact's suggested company and a company's insiders in the same statement", async () => {
    const contacts = (await listRecords(context.app.db, specOf("contacts"), owner.user.id, { limit: 20 })).data as Array<{
      name: string;
      suggestedCompanyId: string | null;
    }>;
    const suggested = Object.fromEntries(contacts.map((contact) => [contact.name, contact.suggestedCompanyId]));
    expect(suggested).toEqual({ "Ann 100% Insider": null, Bob: ids.company, "Cy_ril": null });
    const company = (await getRecord(context.app.db, specOf("companies"), owner.user.id, ids.company!)) as { insiderCount: number };
    expect(company.insiderCount).toBe(1);
  });

  it("leaves a filter it cannot translate to Prisma", () => {
    const page = { orderBy: [{ createdAt: "desc" }, { id: "desc" }] as Array<Record<string, "desc">>, take: 21 };
    expect(listStatement(specOf("contacts"), { ...page, where: { AND: [{ ownerId: owner.user.id }, {}] } })?.text).toContain(
      'WHERE r."ownerId" = $1 ORDER BY r."createdAt" DESC, r."id" DESC LIMIT $2',
    );
    expect(listStatement(specOf("contacts"), { ...page, where: { name: { startsWith: "A" } } })).toBeUndefined();
    expect(listStatement(specOf("contacts"), { ...page, where: { targetCompany: { is: null } } })).toBeUndefined();
    expect(listStatement(specOf("conversations"), { ...page, where: {} })).toBeUndefined();
  });
});
