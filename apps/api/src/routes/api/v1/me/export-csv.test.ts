import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { makeEverything } from "../../../../../test/helpers/account.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { parseCsv } from "../../../../../test/helpers/csv.ts";
import { makeContact, makeConversation } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;

beforeAll(async () => {
  owner = await signUp(ctx.app);
});

/** The CSV of one resource as objects keyed by the header. */
async function csvOf(user: TestUser, resource: string) {
  const response = await api().get("/api/v1/me/export").query({ format: "csv", resource }).set(user.auth).expect(200);
  const [header, ...rows] = parseCsv(response.text);
  return { response, header: header!, rows: rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]]))) };
}

const TRICKY = {
  name: 'Zoë "Z" O\'Brien, PhD',
  company: "Smith, Jones & Co.",
  title: "Head of 運営 🚀",
  notes: 'Met at the gala.\nSaid: "call me, any time"\r\nThird line, with a comma',
  tags: ["board, gala", "ünïcödé"],
};

describe("GET /api/v1/me/export?format=csv", () => {
  it("quotes commas, quotes, newlines and keeps unicode, per RFC 4180", async () => {
    const user = await signUp(ctx.app);
    const contact = await makeContact(ctx.app, user, TRICKY);
    const { response, header, rows } = await csvOf(user, "contacts");
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="traction-contacts-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.text.endsWith("\r\n")).toBe(true);
    expect(header.slice(0, 4)).toEqual(["id", "createdAt", "updatedAt", "name"]);
    expect(header).toEqual(expect.arrayContaining(["tags", "relationship", "firstMetOn", "lastHeardPitchOn"]));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: contact.id,
      name: TRICKY.name,
      company: TRICKY.company,
      title: TRICKY.title,
      notes: TRICKY.notes,
      tags: "board, gala; ünïcödé",
      email: "",
      relationship: "",
      createdAt: contact.createdAt,
    });
    // The raw text really is quoted, not merely parsed leniently.
    expect(response.text).toContain('"Zoë ""Z"" O\'Brien, PhD"');
    expect(response.text).toContain('"Smith, Jones & Co."');
  });

  it("flattens nested objects into parent.field columns and writes dates as YYYY-MM-DD", async () => {
    const user = await signUp(ctx.app);
    const contacts = [await makeContact(ctx.app, user), await makeContact(ctx.app, user, { name: "Sam" })];
    const conversation = await makeConversation(ctx.app, user, {
      date: "2026-11-20",
      contactIds: contacts.map((contact) => contact.id),
      followUp: { action: "Send the deck, with notes", dueOn: "2026-11-27" },
    });
    const { header, rows } = await csvOf(user, "conversations");
    expect(header).toEqual(expect.arrayContaining(["followUp.action", "followUp.dueOn", "followUp.done", "followUp.taskId"]));
    expect(header).not.toContain("followUp");
    expect(rows[0]).toMatchObject({
      id: conversation.id,
      date: "2026-11-20",
      contactIds: contacts.map((contact) => contact.id).join("; "),
      mentionedCompanyIds: "",
      mentionedJobSearch: "false",
      "followUp.action": "Send the deck, with notes",
      "followUp.dueOn": "2026-11-27",
      "followUp.done": "false",
    });
  });

  it("exports the plan as one row and leads with their stage history as JSON", async () => {
    const user = await signUp(ctx.app);
    await makeEverything(ctx.app, user, "csv");
    const plan = await csvOf(user, "plan");
    expect(plan.rows).toHaveLength(1);
    expect(plan.rows[0]).toMatchObject({ pitch: "Pitch of csv", "weeklyTargets.events": "2", targetRoles: "" });
    const leads = await csvOf(user, "leads");
    const history = JSON.parse(leads.rows[0]!.stageChanges!) as Array<{ stage: string; changedAt: string }>;
    expect(history.map((change) => change.stage)).toEqual(["APPLIED", "INTERVIEW"]);
    expect(history[0]!.changedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("writes only the header for a resource without rows", async () => {
    const user = await signUp(ctx.app, "COACH");
    for (const resource of ["posts", "plan", "tasks"]) {
      const { response, rows, header } = await csvOf(user, resource);
      expect(rows, resource).toEqual([]);
      expect(response.text).toBe(`${header.join(",")}\r\n`);
    }
  });

  it("contains nothing of another user, for every resource", async () => {
    const other = await signUp(ctx.app);
    const theirs = await makeEverything(ctx.app, other, "theirs");
    await makeEverything(ctx.app, owner, "mine");
    const foreign = [other.user.id, theirs.planId, ...Object.values(theirs.ids).flat()];
    for (const resource of ["plan", ...Object.keys(theirs.ids)]) {
      const { response, rows } = await csvOf(owner, resource);
      expect(rows.length, resource).toBeGreaterThan(0);
      for (const value of foreign) expect(response.text, resource).not.toContain(value);
    }
  });
});
