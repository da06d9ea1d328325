import { describe, expect, it } from "vitest";
import {
  ZCreateContactSchema,
  ZCreateConversationSchema,
  ZCreateEventSchema,
  ZUpdateVenueSchema,
  notFoundMessage,
} from "./index.ts";

const messages = (result: { error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("the shared error map", () => {
  it("says what to do with a reference, a date and a number, in words for a person", () => {
    expect(messages(ZCreateEventSchema.safeParse({ venueId: "not-an-id", date: "2026-13-45", hours: 30 }))).toEqual({
      venueId: "Choose the venue",
      date: "Enter a date",
      hours: "At most 24",
    });
    expect(messages(ZCreateEventSchema.safeParse({}))).toEqual({
      venueId: "Choose the venue",
      date: "Enter a date",
      hours: "Enter the hours spent",
    });
  });

  it("words lengths, formats, empty names and unknown fields", () => {
    expect(
      messages(ZCreateContactSchema.safeParse({ name: "  ", company: "x".repeat(201), email: "nope", companyId: "1", extra: 1 })),
    ).toEqual({
      name: "Enter a name",
      company: "At most 200 characters",
      email: "Enter an email address",
      companyId: "Choose the company",
      "": "Not a field this accepts",
    });
  });

  it("words lists and refinements", () => {
    expect(messages(ZCreateConversationSchema.safeParse({ date: "2026-01-01", contactIds: [] }))).toEqual({
      contactIds: "Choose at least one person",
    });
    const id = "00000000-0000-4000-8000-000000000001";
    expect(messages(ZCreateConversationSchema.safeParse({ date: "2026-01-01", contactIds: [id, id] }))).toEqual({
      "contactIds.1": "Listed twice",
    });
    expect(messages(ZUpdateVenueSchema.safeParse({}))).toEqual({ "": "Change at least one field" });
  });

  it("words a reference the API did not find by its field", () => {
    expect(notFoundMessage("venueId")).toBe("That venue does not exist any more; choose another");
    expect(notFoundMessage("contactIds.2")).toBe("That contact does not exist any more; choose another");
    expect(notFoundMessage("somethingElse")).toBe("That record does not exist any more; choose another");
  });
});
