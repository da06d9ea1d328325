import request from "supertest";
import { describe, expect, it } from "vitest";
import { makeApiKey } from "../../../../../test/helpers/api-keys.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import {
  connectionsCsv,
  FIRST_DATA_LINE,
  generatedConnections,
  uploadConnections,
  waitForImport,
} from "../../../../../test/helpers/linkedin.ts";
import { listAll, makeContact } from "../../../../../test/helpers/records.ts";
import { signUp } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

const ROWS = [
  ["Zoë", "Łukasiewicz", "https://www.linkedin.com/in/zoe-l", "zoe@example.com", "Acme, Inc.", "Office manager", "01 Feb 2024"],
  ["太郎", "山田", "https://www.linkedin.com/in/taro-yamada", "", "株式会社テスト", "エンジニア", "02 Feb 2024"],
  // The same person as the first row: URL differs only by scheme, case and a trailing slash.
  ["Zoë", "L.", "http://linkedin.com/in/Zoe-L/", "zoe.other@example.com", "Elsewhere", "CEO", "03 Feb 2024"],
  ["", "  ", "https://www.linkedin.com/in/nobody", "", "", "", ""],
  ["Bad", "Email", "https://www.linkedin.com/in/bad-email", "not-an-email", "", "", ""],
  // Matches the contact made before the import by email, and fills in its company and position.
  ["Sam", "Recruiter", "", "SAM@example.com", "Globex", "Recruiter", "04 Feb 2024"],
  ["Too", "Few"],
  ["No", "Handle", "", "", "Initech", "", ""],
  ['Anne-Marie "AM"', "O'Neil", "https://www.linkedin.com/in/am-oneil", "", "Umbrella", "Head of\nSales", "05 Feb 2024"],
  ["Last", "Row", "https://www.linkedin.com/in/last-row", "last@example.com", "", "", ""],
];
const line = (index: number) => FIRST_DATA_LINE + index + (index > 8 ? 1 : 0); // row 8 spans two lines

describe("POST /api/v1/imports/linkedin", () => {
  it("creates contacts, merges duplicates, reports bad rows with their line, and a second run changes nothing", async () => {
    const owner = await signUp(ctx.app);
    const sam = await makeContact(ctx.app, owner, { name: "Sam R.", email: "sam@example.com", company: null });
    const csv = connectionsCsv(ROWS);

    const accepted = await uploadConnections(ctx.app, owner, csv).expect(202);
    expect(accepted.body).toEqual({ id: expect.any(String) });
    const report = await waitForImport(ctx.app, owner, accepted.body.id);
    expect(report).toMatchObject({
      status: "DONE",
      total: 10,
      processed: 10,
      created: 4,
      updated: 1,
      rejectedCount: 4,
      error: null,
    });
    expect(report.rejected).toEqual([
      { line: line(3), reason: expect.stringMatching(/^First Name and Last Name: Enter a name/) },
      { line: line(4), reason: expect.stringMatching(/^Email Address: Enter an email address/) },
      { line: line(6), reason: "expected 7 fields like the header, found 2" },
      { line: line(7), reason: expect.stringMatching(/neither a URL nor an Email Address/) },
    ]);
    // Only the rejected rows stay staged, reduced to their line and reason: no copy of the data is kept.
    const staged = await ctx.app.db.importRow.findMany({ where: { importId: accepted.body.id } });
    expect(staged.map((row) => [row.line, row.fields])).toEqual(report.rejected.map((row) => [row.line, []]));

    const contacts = await listAll(ctx.app, owner, "/api/v1/contacts");
    const byName = new Map(contacts.map((contact) => [contact.name, contact]));
    expect([...byName.keys()].sort()).toEqual(
      ["Zoë Łukasiewicz", "太郎 山田", 'Anne-Marie "AM" O\'Neil', "Last Row", "Sam R."].sort(),
    );
    expect(byName.get("Zoë Łukasiewicz")).toMatchObject({
      email: "zoe@example.com",
      company: "Acme, Inc.",
      title: "Office manager",
      linkedinUrl: "https://www.linkedin.com/in/zoe-l",
      tags: ["linkedin"],
    });
    expect(byName.get('Anne-Marie "AM" O\'Neil')!.title).toBe("Head of\nSales");
    // The existing contact keeps its name and email; what it lacked is filled in; it gets no tag.
    expect(byName.get("Sam R.")).toMatchObject({
      id: sam.id,
      email: "sam@example.com",
      company: "Globex",
      title: "Recruiter",
      tags: [],
    });

    const again = await uploadConnections(ctx.app, owner, csv).expect(202);
    const second = await waitForImport(ctx.app, owner, again.body.id);
    expect(second).toMatchObject({ status: "DONE", total: 10, processed: 10, created: 0, updated: 0, rejectedCount: 4 });
    expect(await listAll(ctx.app, owner, "/api/v1/contacts")).toEqual(contacts);
  });

  it("imports 10,000 connections in under 10 seconds, with bad rows and duplicates", async () => {
    const owner = await signUp(ctx.app);
    const rows = generatedConnections(10_000);
    for (let i = 0; i < 100; i += 1) rows[i * 97] = ["", "", `https://www.linkedin.com/in/bad-${i}`, "", "", "", ""];
    for (let i = 0; i < 100; i += 1) rows[i * 89 + 5] = [...rows[i * 89 + 4]!];
    const expectedContacts = new Set(rows.filter((row) => row[0] !== "").map((row) => row[2])).size;
    const csv = connectionsCsv(rows);

    const started = performance.now();
    const accepted = await uploadConnections(ctx.app, owner, csv).expect(202);
    const report = await waitForImport(ctx.app, owner, accepted.body.id, 60_000);
    const elapsedMs = performance.now() - started;
    console.info(
      `LinkedIn import: ${rows.length} rows (${(csv.length / 1e6).toFixed(1)} MB) in ${Math.round(elapsedMs)} ms, ` +
        `${Math.round(rows.length / (elapsedMs / 1000))} rows/s`,
    );

    expect(report).toMatchObject({
      status: "DONE",
      total: 10_000,
      processed: 10_000,
      created: expectedContacts,
      rejectedCount: 100,
    });
    expect(await ctx.app.db.contact.count({ where: { ownerId: owner.user.id } })).toBe(expectedContacts);
    expect(elapsedMs).toBeLessThan(10_000);
  });

  it("refuses a file that is not a LinkedIn export, a missing file and a JSON body", async () => {
    const owner = await signUp(ctx.app);
    const other = await uploadConnections(ctx.app, owner, "name,email\r\nPat,pat@example.com\r\n").expect(400);
    expect(other.body.errors).toEqual([{ path: "file", message: expect.stringMatching(/no LinkedIn header row/) }]);
    await api().post("/api/v1/imports/linkedin").set(owner.auth).field("note", "no file").expect(400);
    await api().post("/api/v1/imports/linkedin").set(owner.auth).send({ file: "x" }).expect(415);
    expect(await ctx.app.db.import.count({ where: { ownerId: owner.user.id } })).toBe(0);
  });

  it("imports into the caller's account only; a write key may import, a read key or a coach may not", async () => {
    const [owner, other, coach] = await Promise.all([signUp(ctx.app), signUp(ctx.app), signUp(ctx.app, "COACH")]);
    const csv = connectionsCsv(generatedConnections(3));
    const writeKey = await makeApiKey(ctx.app, owner, ["write"]);
    const readKey = await makeApiKey(ctx.app, owner, ["read"]);

    const accepted = await uploadConnections(ctx.app, writeKey, csv).expect(202);
    await waitForImport(ctx.app, owner, accepted.body.id);
    await api().get(`/api/v1/imports/${accepted.body.id}`).set(readKey.auth).expect(200);
    await api().get(`/api/v1/imports/${accepted.body.id}`).set(other.auth).expect(404);
    await uploadConnections(ctx.app, readKey, csv).expect(403);
    await uploadConnections(ctx.app, coach, csv).expect(403);
    await uploadConnections(ctx.app, { auth: {} }, csv).expect(401);
    expect(await ctx.app.db.contact.count({ where: { ownerId: owner.user.id } })).toBe(3);
    expect(await ctx.app.db.contact.count({ where: { ownerId: other.user.id } })).toBe(0);
  });
});
