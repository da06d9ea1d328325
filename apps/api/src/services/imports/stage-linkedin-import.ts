/**
 * Receiving a Connections.csv: the upload is parsed as it streams in (never
 * held whole) with csv-parse, after LinkedIn's preamble is skipped, and its
 * data rows are staged in the database in batches, each with its line number.
 * A row the CSV parser cannot read (or of another width than the header) is
 * staged already rejected, and parsing goes on. Once the file is in, the
 * import is QUEUED for the background runner; if the upload fails, the import
 * and its staged rows are deleted.
 */
import { pipeline, type Readable } from "node:stream";
import type { Database } from "@traction/db";
import { toStorableText } from "@traction/schemas";
import { parse, type CsvError, type Options } from "csv-parse";
import { parse as parseLine } from "csv-parse/sync";
import { invalid } from "../../lib/errors.ts";
import { lockUserJob, UserBusyError } from "../account/user-lock.ts";
import { headerColumns, LINKEDIN_COLUMNS, stagedFields, type ColumnMap } from "./linkedin-row.ts";
import { PreambleSkipper } from "./skip-preamble.ts";

const STAGE_BATCH = 1_000;
/** LinkedIn's preamble is a few lines; a file without the header this far in is something else. */
const MAX_PREAMBLE_BYTES = 64 * 1024;
/** Caps what one runaway quoted field can make the parser hold. */
const MAX_RECORD_BYTES = 64 * 1024;

interface ParsedRecord {
  record: string[];
  line: number;
}

interface StagedRow {
  seq: number;
  line: number;
  fields: string[];
  reason: string | null;
}

/** Whether `line` (one line of text) is LinkedIn's header row. */
function isHeaderLine(line: string): boolean {
  try {
    const [record] = parseLine(line, { relax_quotes: true });
    return record !== undefined && headerColumns(record) !== null;
  } catch {
    return false;
  }
}

const newlines = (fields: readonly string[]) =>
  fields.reduce((count, field) => count + (field.match(/\r\n|\r|\n/g)?.length ?? 0), 0);

/** `assertComplete` runs once the upload has been read, and throws if it was cut short (e.g. too large). */
export async function stageLinkedinImport(
  db: Database,
  ownerId: string,
  file: Readable,
  assertComplete: () => void,
): Promise<string> {
  const job = await registerImport(db, ownerId);
  try {
    const { total, rejected } = await stageRows(db, job.id, file);
    assertComplete();
    // Rows rejected while parsing are processed already.
    await db.import.update({ where: { id: job.id }, data: { status: "QUEUED", total, processed: rejected } });
    return job.id;
  } catch (error) {
    await db.import.delete({ where: { id: job.id } });
    throw error;
  }
}

/** Statuses of an import that is still in progress (an abandoned upload is marked FAILED by the runner). */
const IN_PROGRESS = ["RECEIVING", "QUEUED", "RUNNING"] as const;

/**
 * One import per user at a time, across processes: under the user's import
 * lock, an import still in progress makes this one a 429 (UserBusyError).
 */
async function registerImport(db: Database, ownerId: string): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    await lockUserJob(tx, "import", ownerId);
    const running = await tx.import.findFirst({ where: { ownerId, status: { in: [...IN_PROGRESS] } }, select: { id: true } });
    if (running) throw new UserBusyError("import");
    return tx.import.create({ data: { ownerId, source: "LINKEDIN" }, select: { id: true } });
  });
}

async function stageRows(db: Database, importId: string, file: Readable): Promise<{ total: number; rejected: number }> {
  const preamble = new PreambleSkipper(isHeaderLine, MAX_PREAMBLE_BYTES);
  let lastRecordEnd = 0;
  const options: Options<ParsedRecord, string[]> = {
    skip_empty_lines: true,
    // A stray quote inside a field (`Bob "the" Builder`) is kept as text rather than breaking the row.
    relax_quotes: true,
    // Rows of another width than the header come through and are rejected with a reason (stagedFields).
    relax_column_count: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_BYTES,
    // The file's line where a record starts: csv-parse counts from the header, where it ends.
    on_record: (record, context) => {
      lastRecordEnd = context.lines;
      return { record, line: preamble.skippedLines + context.lines - newlines(record) };
    },
  };
  // csv-parse's overloads only type `on_record` results for `columns` mode.
  const parser = parse(options as unknown as Options);

  let total = 0;
  let rejected = 0;
  let pending: StagedRow[] = [];
  const stage = (row: Omit<StagedRow, "seq">) => {
    total += 1;
    if (row.reason !== null) rejected += 1;
    // A parser's message may quote the bad bytes; the reason is stored, so it must be storable text.
    pending.push({ seq: total, ...row, reason: row.reason === null ? null : toStorableText(row.reason) });
  };
  const flush = async () => {
    if (pending.length === 0) return;
    const rows = pending;
    pending = [];
    // One statement with one JSON parameter: many times faster than the ORM's createMany here.
    await db.$executeRaw`
      INSERT INTO "ImportRow" ("importId", seq, line, fields, reason)
      SELECT ${importId}::uuid, r.seq, r.line, ARRAY(SELECT jsonb_array_elements_text(r.fields)), r.reason
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(seq int, line int, fields jsonb, reason text)`;
  };
  // Emitted as soon as the parser meets the error, possibly before the records ahead of it are read below.
  // The unreadable record starts after the last one read (the error itself may be found lines later).
  parser.on("skip", (error: CsvError & { lines?: number }) => {
    const start = Math.min(error.lines ?? Infinity, lastRecordEnd + 1);
    lastRecordEnd = error.lines ?? lastRecordEnd;
    stage({ line: preamble.skippedLines + start, fields: [], reason: `unreadable CSV: ${error.message}` });
  });

  // An upload that breaks off (or any stream error) destroys every stage, so the loop below throws.
  pipeline(file, preamble, parser, () => undefined);
  let columns: ColumnMap | null = null;
  for await (const { record, line } of parser as AsyncIterable<ParsedRecord>) {
    if (!columns) {
      columns = headerColumns(record); // the first record is the header row itself
      continue;
    }
    const fields = stagedFields(record, columns);
    stage(Array.isArray(fields) ? { line, fields, reason: null } : { line, fields: [], reason: fields.reason });
    if (pending.length >= STAGE_BATCH) await flush();
  }
  if (!columns) {
    throw invalid(
      [{ path: "file", message: `has no LinkedIn header row (${LINKEDIN_COLUMNS.join(",")})` }],
      "This is not a LinkedIn Connections.csv",
    );
  }
  await flush();
  return { total, rejected };
}
