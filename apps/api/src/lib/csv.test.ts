import { describe, expect, it } from "vitest";
import { parseCsv } from "../../test/helpers/csv.ts";
import { csvField, csvRecord, neutraliseFormula, toCsv } from "./csv.ts";

describe("csvField", () => {
  it.each([
    ["plain", "plain"],
    ["", ""],
    ["Acme, Inc.", '"Acme, Inc."'],
    ['She said "hi"', '"She said ""hi"""'],
    ['"', '""""'],
    ["line one\nline two", '"line one\nline two"'],
    ["carriage\rreturn", '"carriage\rreturn"'],
    ["crlf\r\ninside", '"crlf\r\ninside"'],
    ["Zoë Ωmega 日本 🚀", "Zoë Ωmega 日本 🚀"],
    [" padded ", " padded "],
  ])("writes %j as %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("ends every record with CRLF, including the header", () => {
    expect(toCsv(["a", "b"], [["1", "2"]])).toBe("a,b\r\n1,2\r\n");
    expect(toCsv(["only"], [])).toBe("only\r\n");
  });

  it("reads back to exactly the same fields through a strict RFC 4180 parser", () => {
    const rows = [
      ["Acme, Inc.", 'The "big" one', "multi\nline\r\nnotes", ""],
      ["Zoë", "日本語", '🚀,"', ","],
    ];
    const text = toCsv(["name", "quote", "notes", "empty"], rows);
    expect(parseCsv(text)).toEqual([["name", "quote", "notes", "empty"], ...rows]);
  });

  it("quotes only fields that need it", () => {
    expect(csvRecord(["a", "b,c", "d"])).toBe('a,"b,c",d');
  });

  it("neutralises text a spreadsheet would run as a formula, and nothing else", () => {
    expect(['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx"].map(neutraliseFormula)).toEqual([
      '\'=HYPERLINK("http://x")',
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
    ]);
    expect(["Pat", "a=b", "2026-11-25", ""].map(neutraliseFormula)).toEqual(["Pat", "a=b", "2026-11-25", ""]);
  });
});
