/**
 * API objects → a CSV table. Columns come from the zod schema (so a resource
 * with no rows still has its header); a nested object (`followUp`,
 * `weeklyTargets`) becomes one column per field (`followUp.dueOn`); a list of
 * plain values is joined with "; "; a list of objects is written as JSON.
 * Values are encoded with the same schema as the JSON API (dates as
 * `YYYY-MM-DD`, timestamps as ISO 8601).
 */
import { z } from "zod";
import { csvRecord, neutraliseFormula } from "../../lib/csv.ts";

type Column = { name: string; path: [string] | [string, string] };

function columnsOf(schema: z.ZodObject): Column[] {
  return Object.entries(schema.shape).flatMap(([key, field]): Column[] => {
    const inner = field instanceof z.ZodNullable ? field.unwrap() : field;
    if (inner instanceof z.ZodObject) {
      return Object.keys(inner.shape).map((sub) => ({ name: `${key}.${sub}`, path: [key, sub] }));
    }
    return [{ name: key, path: [key] }];
  });
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return neutraliseFormula(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item !== "object" || item === null)) {
    return neutraliseFormula(value.join("; "));
  }
  return JSON.stringify(value);
}

function valueAt(row: Record<string, unknown>, [key, sub]: Column["path"]): unknown {
  const value = row[key];
  if (sub === undefined) return value;
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>)[sub] : undefined;
}

export interface CsvWriter {
  /** The header record, CRLF-terminated. */
  header: string;
  /** Rows of the schema's objects as CSV records, each CRLF-terminated: call it once per page to stream a table. */
  rows(rows: readonly unknown[]): string;
}

export function csvWriter(schema: z.ZodObject): CsvWriter {
  const columns = columnsOf(schema);
  const rowsSchema = z.array(schema);
  return {
    header: `${csvRecord(columns.map((column) => column.name))}\r\n`,
    rows(rows) {
      const encoded: Array<Record<string, unknown>> = z.encode(rowsSchema, rows as Array<z.output<typeof schema>>);
      return encoded.map((row) => `${csvRecord(columns.map((column) => cell(valueAt(row, column.path))))}\r\n`).join("");
    },
  };
}

export function csvTable(schema: z.ZodObject, rows: readonly unknown[]): string {
  const writer = csvWriter(schema);
  return writer.header + writer.rows(rows);
}
