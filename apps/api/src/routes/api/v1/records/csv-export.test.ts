import { parse } from "csv-parse/sync";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { makeApiKey } from "../../../../../test/helpers/api-keys.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { listAll, makeContact, makeConversation, makeEvent } from "../../../../../test/helpers/records.ts";
import { signUp } from "../../../../../test/helpers/users.ts";
import { CSV_PAGE_SIZE } from "../../../../services/records/export-records-csv.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

/** The CSV as records of named fields, with an independent RFC 4180 parser. */
function records(text: string): Array<Record<string, string>> {
  expect(text.startsWith("\uFEFF")).toBe(true);
  return parse(text, { bom: true, columns: true, record_delimiter: "\r\n" });
}

describe("GET /api/v1/<resource>.csv", () => {
  it("writes every field of the list's objects, quoted per RFC 4180, for a spreadsheet", async () => {
    const owner = await signUp(ctx.app);
    const tricky = await makeContact(ctx.app, owner, {
      name: 'Zoë "Zee" Łukasiewicz',
      company: "Acme, Inc.",
      notes: "Line one\nLine two; with a semicolon",
      tags: ["insider", "café"],
      relationship: "INSIDER",
    });
    const plain = await makeContact(ctx.app, owner, { name: "Pat Plumber" });

    const response = await api().get("/api/v1/contacts.csv").set(owner.auth).expect(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="traction-contacts-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.text).toContain('"Zoë ""Zee"" Łukasiewicz","Acme, Inc."');

    const rows = records(response.text);
    const json = await listAll(ctx.app, owner, "/api/v1/contacts");
    expect(rows.map((row) => row.id)).toEqual(json.map((row) => row.id));
    expect(Object.keys(rows[0]!)).toEqual(Object.keys(json[0]!));
    const zoe = rows.find((row) => row.id === tricky.id)!;
    expect(zoe).toMatchObject({
      name: 'Zoë "Zee" Łukasiewicz',
      company: "Acme, Inc.",
      notes: "Line one\nLine two; with a semicolon",
      tags: "insider; café",
      relationship: "INSIDER",
      email: "",
      createdAt: tricky.createdAt,
    });
    expect(rows.find((row) => row.id === plain.id)!.company).toBe("");
  });

  it("keeps a spreadsheet from running a contact's text as a formula", async () => {
    const owner = await signUp(ctx.app);
    await makeContact(ctx.app, owner, { name: '=HYPERLINK("http://evil.test","Open")', company: "@SUM(1+1)", notes: "-2+3" });
    const [row] = records((await api().get("/api/v1/contacts.csv").set(owner.auth).expect(200)).text);
    expect(row).toMatchObject({ name: `'=HYPERLINK("http://evil.test","Open")`, company: "'@SUM(1+1)", notes: "'-2+3" });
  });

  it("streams a table larger than one page, every row once, in chunks", async () => {
    const owner = await signUp(ctx.app);
    const total = CSV_PAGE_SIZE * 2 + 17;
    await ctx.app.db.contact.createMany({
      data: Array.from({ length: total }, (_, i) => ({ ownerId: owner.user.id, name: `Contact ${i}` })),
    });
    const response = await api().get("/api/v1/contacts.csv").set(owner.auth).expect(200);
    expect(response.headers["transfer-encoding"]).toBe("chunked");
    const rows = records(response.text);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((row) => row.id)).size).toBe(total);
    expect(new Set(rows.map((row) => row.name))).toEqual(new Set(Array.from({ length: total }, (_, i) => `Contact ${i}`)));
  });

  it("applies the list's filters, refuses limit and cursor, and writes only the header for no rows", async () => {
    const owner = await signUp(ctx.app);
    const insider = await makeContact(ctx.app, owner, { relationship: "INSIDER" });
    await makeContact(ctx.app, owner, { relationship: "RECRUITER" });
    const filtered = records((await api().get("/api/v1/contacts.csv?relationship=INSIDER").set(owner.auth).expect(200)).text);
    expect(filtered.map((row) => row.id)).toEqual([insider.id]);

    await api().get("/api/v1/contacts.csv?limit=5").set(owner.auth).expect(400);
    await api().get("/api/v1/contacts.csv?relationship=BOSS").set(owner.auth).expect(400);

    const empty = await api().get("/api/v1/posts.csv").set(owner.auth).expect(200);
    expect(empty.text).toMatch(/^\uFEFFid,/);
    expect(empty.text.split("\r\n")).toHaveLength(2);
  });

  it("flattens nested objects and joins lists (conversations)", async () => {
    const owner = await signUp(ctx.app);
    const conversation = await makeConversation(ctx.app, owner, {
      followUp: { action: "Send CV", dueOn: "2026-12-01" },
      mentionedJobSearch: true,
    });
    const [row] = records((await api().get("/api/v1/conversations.csv").set(owner.auth).expect(200)).text);
    expect(row).toMatchObject({
      id: conversation.id,
      contactIds: (conversation.contactIds as string[]).join("; "),
      mentionedJobSearch: "true",
      "followUp.action": "Send CV",
      "followUp.dueOn": "2026-12-01",
    });
  });

  it.each(["venues", "events", "contacts", "conversations", "meetings", "companies", "leads", "tasks", "posts"])(
    "exists for %s, and only shows the caller's own records",
    async (resource) => {
      const [owner, other] = await Promise.all([signUp(ctx.app), signUp(ctx.app)]);
      await makeEvent(ctx.app, other);
      const response = await api().get(`/api/v1/${resource}.csv`).set(owner.auth).expect(200);
      expect(records(response.text)).toEqual([]);
      expect(response.text.startsWith("\uFEFFid,")).toBe(true);
    },
  );

  it("is open to a read key, closed to coaches and anonymous callers", async () => {
    const [owner, coach] = await Promise.all([signUp(ctx.app), signUp(ctx.app, "COACH")]);
    const contact = await makeContact(ctx.app, owner);
    const { auth } = await makeApiKey(ctx.app, owner, ["read"]);
    const viaKey = records((await api().get("/api/v1/contacts.csv").set(auth).expect(200)).text);
    expect(viaKey.map((row) => row.id)).toEqual([contact.id]);
    await api().get("/api/v1/contacts.csv").set(coach.auth).expect(403);
    await api().get("/api/v1/contacts.csv").expect(401);
  });
});
