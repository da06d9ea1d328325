/**
 * Every string in every schema of this package carries the text rule
 * (`isStorableText`) or is a format that cannot hold NUL or a lone surrogate,
 * and every date and timestamp codec decodes into `DATE_RANGE`: a schema added
 * later with a bare `z.string()` fails here, not with a 500 in production.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as schemas from "./index.ts";
import { isStorableText, isWithinDateRange, toStorableText } from "./text.ts";

/** Formats whose own pattern only admits printable ASCII. */
const SAFE_FORMATS = new Set(["uuid", "guid", "date", "datetime", "time", "email", "regex"]);

type Def = Record<string, unknown> & { type: string; checks?: Array<{ _zod: { def: Record<string, unknown> } }> };

/** Paths (from the export's name) of string schemas without the text rule. */
function bareStrings(schema: z.ZodType, path: string, seen: Set<unknown>, found: string[]): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = schema._zod.def as unknown as Def;
  const walk = (child: unknown, at: string) => {
    if (child instanceof z.ZodType) bareStrings(child, at, seen, found);
  };
  switch (def.type) {
    case "string": {
      const format = (def as { format?: string }).format;
      const checked = def.checks?.some((check) => check._zod.def.fn === isStorableText) ?? false;
      const safe = format !== undefined && SAFE_FORMATS.has(format);
      const patterned = def.checks?.some((check) => check._zod.def.format === "regex") ?? false;
      if (!checked && !safe && !patterned) found.push(path);
      return;
    }
    case "object":
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) walk(child, `${path}.${key}`);
      walk(def.catchall, `${path}.*`);
      return;
    case "array":
      walk(def.element, `${path}[]`);
      return;
    case "record":
      walk(def.keyType, `${path}{key}`);
      walk(def.valueType, `${path}{}`);
      return;
    case "union":
      (def.options as unknown[]).forEach((option, index) => walk(option, `${path}|${index}`));
      return;
    case "intersection":
      walk(def.left, path);
      walk(def.right, path);
      return;
    case "tuple":
      (def.items as unknown[]).forEach((item, index) => walk(item, `${path}[${index}]`));
      walk(def.rest, `${path}[...]`);
      return;
    case "pipe":
      walk(def.in, path);
      walk(def.out, path);
      return;
    case "lazy":
      walk((def.getter as () => unknown)(), path);
      return;
    default:
      walk(def.innerType, path);
  }
}

const exported = Object.entries(schemas as Record<string, unknown>).filter(
  (entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType,
);

describe("the text rule", () => {
  it("covers every string of every exported schema", () => {
    expect(exported.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const [name, schema] of exported) bareStrings(schema, name, new Set(), found);
    expect(found).toEqual([]);
  });

  it.each([
    ["A\u0000B", false],
    ["x\ud800y", false],
    ["\udc00", false],
    ["tail\ud83d", false],
    ["emoji 😀 ok", true],
    ["plain", true],
    ["", true],
  ])("isStorableText(%j) is %s", (value, expected) => {
    expect(isStorableText(value)).toBe(expected);
  });

  it("toStorableText replaces what cannot be stored, and keeps pairs", () => {
    expect(toStorableText("a\ud800b\u0000c\udc00😀")).toBe("a\uFFFDb\uFFFDc\uFFFD😀");
    expect(isStorableText(toStorableText("x\ud83d"))).toBe(true);
  });

  it("names the field, also inside arrays", () => {
    const result = schemas.ZCreateContactSchema.safeParse({ name: "Pat", tags: ["ok", "b\u0000d"], notes: "x\ud800" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["tags.1", "notes"]);
  });

  it("holds for URLs and query parameters", () => {
    expect(schemas.ZCreateVenueSchema.safeParse({ name: "V", kind: "MEETUP", url: "https://a.example/\u0000" }).success).toBe(
      false,
    );
    const query = schemas.ZContactListQuerySchema.safeParse({ q: "\u0000" });
    expect(query.error?.issues.map((issue) => issue.path.join("."))).toEqual(["q"]);
  });
});

describe("the date range", () => {
  it.each([
    ["0000-01-01", false],
    ["0001-01-05", false],
    ["1899-12-31", false],
    ["1900-01-01", true],
    ["2100-12-31", true],
    ["2101-01-01", false],
    ["9999-12-31", false],
  ])("a date %s is accepted: %s", (date, ok) => {
    expect(schemas.ZDateSchema.safeParse(date).success).toBe(ok);
  });

  it.each([
    ["0001-01-01T00:00:00+14:00", false],
    ["1900-01-01T00:00:00+01:00", false],
    ["1900-01-01T00:00:00Z", true],
    ["2100-12-31T23:59:59.999Z", true],
    ["2100-12-31T23:00:00-01:00", false],
    ["9999-12-31T23:59:59Z", false],
  ])("a timestamp %s is accepted: %s", (timestamp, ok) => {
    expect(schemas.ZTimestampSchema.safeParse(timestamp).success).toBe(ok);
  });

  it("checks a period's derived start too", () => {
    const result = schemas.ZInsightsQuerySchema.safeParse({ to: "1900-01-05" });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["to"]);
    expect(schemas.ZInsightsQuerySchema.safeParse({ to: "1900-01-28" }).success).toBe(true);
  });

  it("isWithinDateRange refuses invalid dates", () => {
    expect(isWithinDateRange(new Date(Number.NaN))).toBe(false);
    expect(isWithinDateRange(new Date("2026-12-01"))).toBe(true);
  });
});
