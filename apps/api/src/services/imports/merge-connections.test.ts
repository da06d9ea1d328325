import { describe, expect, it } from "vitest";
import type { Connection } from "./linkedin-row.ts";
import { mergeConnections, type StoredContact } from "./merge-connections.ts";

const connection = (over: Partial<Connection>): Connection => ({
  name: "Pat Plumber",
  linkedinUrl: null,
  email: null,
  company: null,
  title: null,
  ...over,
});
const stored = (over: Partial<StoredContact>): StoredContact => ({
  id: "00000000-0000-4000-8000-000000000001",
  company: null,
  title: null,
  email: null,
  linkedinUrl: null,
  ...over,
});

describe("mergeConnections", () => {
  it("creates what matches nothing, and merges later rows of the batch into it", () => {
    const plan = mergeConnections(
      [
        connection({ linkedinUrl: "https://www.linkedin.com/in/pat", company: "Acme" }),
        connection({ linkedinUrl: "http://linkedin.com/in/PAT/", email: "pat@example.com", company: "Other" }),
        connection({ name: "Someone Else", email: "PAT@example.com", title: "CEO" }),
      ],
      [],
    );
    expect(plan.created).toBe(1);
    expect(plan.updated).toBe(0);
    expect(plan.creates).toEqual([
      {
        id: expect.any(String),
        name: "Pat Plumber",
        linkedinUrl: "https://www.linkedin.com/in/pat",
        email: "pat@example.com",
        company: "Acme",
        title: "CEO",
      },
    ]);
  });

  it("fills only what a stored contact lacks, matching by URL before email", () => {
    const byUrl = stored({ id: "a", linkedinUrl: "https://www.linkedin.com/in/pat", company: "Mine" });
    const byEmail = stored({ id: "b", email: "pat@example.com" });
    const plan = mergeConnections(
      [connection({ linkedinUrl: "https://linkedin.com/in/pat", email: "pat@example.com", company: "Theirs", title: "Plumber" })],
      [byUrl, byEmail],
    );
    expect(plan.creates).toEqual([]);
    expect(plan.fills).toEqual([{ id: "a", company: null, title: "Plumber", email: "pat@example.com", linkedinUrl: null }]);
    expect(plan.updated).toBe(1);
  });

  it("treats a blank stored field as missing, and counts a row that fills nothing as unchanged", () => {
    const contact = stored({ email: "pat@example.com", company: "  ", title: "Plumber" });
    const plan = mergeConnections(
      [connection({ email: "pat@example.com", company: "Acme" }), connection({ email: "pat@example.com", company: "Later" })],
      [contact],
    );
    expect(plan.fills).toEqual([{ id: contact.id, company: "Acme", title: null, email: null, linkedinUrl: null }]);
    expect(plan.updated).toBe(1);
  });

  it("changes nothing when the rows hold nothing new (a re-import)", () => {
    const contact = stored({ linkedinUrl: "https://www.linkedin.com/in/pat", email: "pat@example.com", company: "Acme" });
    const plan = mergeConnections([connection({ linkedinUrl: "https://www.linkedin.com/in/pat", company: "Acme" })], [contact]);
    expect(plan).toEqual({ creates: [], fills: [], created: 0, updated: 0 });
  });
});
