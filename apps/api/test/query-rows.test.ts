/**
 * `queryRows` sends an array interpolated in several places once, when each
 * place casts it to the same type; everything else keeps its own parameter.
 */
import { Prisma, arrayLiteral, queryRows, sendArraysOnce } from "@traction/db";
import { describe, expect, it } from "vitest";
import { useTestApp } from "./helpers/app.ts";

const context = useTestApp();

describe("sendArraysOnce", () => {
  it("numbers a repeated, identically cast array once and the parameters after it anew", () => {
    const owners = ["a", "b"];
    const sql = Prisma.sql`SELECT ${1}::int, x = ANY(${owners}::uuid[]), y = ANY(${owners}::uuid[]), ${"t"}::text, ${owners}::uuid[], ${2}::int`;
    expect(sql.text).toBe("SELECT $1::int, x = ANY($2::uuid[]), y = ANY($3::uuid[]), $4::text, $5::uuid[], $6::int");
    expect(sendArraysOnce(sql.text, sql.values)).toEqual({
      text: "SELECT $1::int, x = ANY($2::uuid[]), y = ANY($2::uuid[]), $3::text, $2::uuid[], $4::int",
      values: [1, owners, "t", 2],
    });
  });

  it("keeps a parameter of its own for an equal but distinct array, another cast, or no cast", () => {
    const owners = ["a"];
    const sql = Prisma.sql`SELECT ${owners}::uuid[], ${["a"]}::uuid[], ${owners}::text[], ${owners}`;
    expect(sendArraysOnce(sql.text, sql.values)).toEqual({ text: sql.text, values: sql.values });
  });

  it("sends an array literal repeated with the same array cast once, as it does an array", () => {
    const owners = arrayLiteral(["a", "b"]);
    const sql = Prisma.sql`SELECT ${owners}::uuid[], ${owners}::text[], ${owners}::uuid[], ${"x"}::text, ${"x"}::text`;
    expect(sendArraysOnce(sql.text, sql.values)).toEqual({
      text: "SELECT $1::uuid[], $2::text[], $1::uuid[], $3::text, $4::text",
      values: [owners, owners, "x", "x"],
    });
  });

  it("tells $1 from $10", () => {
    const owners = ["a"];
    const sql = Prisma.sql`SELECT ${owners}::uuid[], ${2}, ${3}, ${4}, ${5}, ${6}, ${7}, ${8}, ${9}, ${10}::int, ${owners}::uuid[]`;
    const sent = sendArraysOnce(sql.text, sql.values);
    expect(sent.text).toBe("SELECT $1::uuid[], $2, $3, $4, $5, $6, $7, $8, $9, $10::int, $1::uuid[]");
    expect(sent.values).toEqual([owners, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe("arrayLiteral", () => {
  it("quotes every element, escaping backslashes and double quotes", () => {
    expect(arrayLiteral([])).toBe("{}");
    expect(arrayLiteral(["a", 'say "hi"', "back\\slash", "NULL", "with,comma {}"])).toBe(
      '{"a","say \\"hi\\"","back\\\\slash","NULL","with,comma {}"}',
    );
  });
});

describe("queryRows", () => {
  it("answers the same with the array sent once", async () => {
    const ids = ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"];
    const rows = await queryRows<{ n: number; first: string; also: boolean; label: string }>(
      context.app.db,
      Prisma.sql`SELECT cardinality(${ids}::uuid[]) AS n, (${ids}::uuid[])[1]::text AS first,
        ${ids[1]}::uuid = ANY(${ids}::uuid[]) AS also, ${"label"}::text AS label`,
    );
    expect(rows).toEqual([{ n: 2, first: ids[0], also: true, label: "label" }]);
  });

  it("reads an array literal as PostgreSQL reads the array, element for element", async () => {
    const values = ["plain", 'say "hi"', "back\\slash", "NULL", "with,comma {}", ""];
    const [row] = await queryRows<{ values: string[]; nulls: number }>(
      context.app.db,
      Prisma.sql`SELECT ${arrayLiteral(values)}::text[] AS values,
        (SELECT count(*) FROM unnest(${arrayLiteral(values)}::text[]) v WHERE v IS NULL)::int AS nulls`,
    );
    expect(row).toEqual({ values, nulls: 0 });
  });
});
