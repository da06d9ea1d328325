import { RECORD_SCHEMAS, ZPutPlanSchema } from "@traction/schemas";
import { describe, expect, it } from "vitest";
import { inputRules } from "./schema-attributes.ts";

describe("inputRules", () => {
  it("reads required and length limits of text fields from the shared create schemas", () => {
    expect(inputRules(RECORD_SCHEMAS.venues.create, "name")).toEqual({ required: true, maxLength: 200 });
    expect(inputRules(RECORD_SCHEMAS.venues.create, "url")).toEqual({ maxLength: 2000 });
    expect(inputRules(RECORD_SCHEMAS.contacts.create, "email")).toEqual({ maxLength: 254 });
    expect(inputRules(RECORD_SCHEMAS.posts.create, "title")).toEqual({ required: true, maxLength: 300 });
    expect(inputRules(ZPutPlanSchema, "pitch")).toEqual({ maxLength: 500 });
  });

  it("reads number ranges, through nullable and optional", () => {
    expect(inputRules(RECORD_SCHEMAS.events.create, "hours")).toEqual({ required: true, min: 0.25, max: 24 });
    expect(inputRules(RECORD_SCHEMAS.companies.create, "priority")).toEqual({ min: 1, max: 3 });
  });

  it("sees through refinements and codecs: a required date, a refined meeting schema", () => {
    expect(inputRules(RECORD_SCHEMAS.events.create, "date")).toEqual({ required: true });
    expect(inputRules(RECORD_SCHEMAS.meetings.create, "contactId")).toEqual({ required: true });
    expect(inputRules(RECORD_SCHEMAS.meetings.create, "location")).toEqual({ maxLength: 200 });
  });

  it("makes nothing required in an update schema, and knows no rules for a field the schema lacks", () => {
    expect(inputRules(RECORD_SCHEMAS.venues.update, "name")).toEqual({ maxLength: 200 });
    expect(inputRules(RECORD_SCHEMAS.venues.create, "nope")).toEqual({});
  });
});
