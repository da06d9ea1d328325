/**
 * Every contact of an account into a CSV file, page by page.
 *
 *   TRACTION_URL=https://traction.example TRACTION_API_KEY=trk_… \
 *     node --import tsx examples/sync-contacts-to-csv.ts contacts.csv
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { pathToFileURL } from "node:url";
import { createTraction, type ListItem, type Traction } from "@traction/sdk";

type Contact = ListItem<"/api/v1/contacts">;

const COLUMNS = ["id", "name", "company", "title", "email", "phone", "relationship", "tags", "firstMetOn", "updatedAt"] as const;

/** One CSV field (RFC 4180); a text a spreadsheet would run as a formula is prefixed with `'`. */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? "" : Array.isArray(value) ? value.join("; ") : `${value as string | number}`;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes the header and one row per contact; returns how many contacts were written. */
export async function syncContactsToCsv(traction: Traction, file: string): Promise<number> {
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(`${line}\r\n`)) await once(out, "drain");
  };
  let count = 0;
  try {
    await write(COLUMNS.join(","));
    for await (const contact of traction.paginate("/api/v1/contacts", { params: { query: { limit: 100 } } })) {
      await write(COLUMNS.map((column) => csvField((contact satisfies Contact)[column])).join(","));
      count += 1;
    }
  } finally {
    out.end();
    await once(out, "close");
  }
  return count;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { TRACTION_URL, TRACTION_API_KEY } = process.env;
  if (!TRACTION_URL || !TRACTION_API_KEY) {
    console.error("Set TRACTION_URL and TRACTION_API_KEY.");
    process.exit(2);
  }
  const file = process.argv[2] ?? "contacts.csv";
  const count = await syncContactsToCsv(createTraction({ baseUrl: TRACTION_URL, apiKey: TRACTION_API_KEY }), file);
  console.log(`${count} contacts written to ${file}`);
}
