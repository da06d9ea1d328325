/** LinkedIn Connections.csv files made for tests, and uploading them as a user would. */
import type { FastifyInstance } from "fastify";
import request from "supertest";
import { csvRecord } from "../../src/lib/csv.ts";
import type { TestUser } from "./users.ts";

/** What LinkedIn puts before the header (3 lines and a blank one): the header is on line 4. */
export const LINKEDIN_PREAMBLE =
  "Notes:\r\n" +
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only ' +
  "see email addresses for connections who have allowed their connections to see or download their email address " +
  'using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\r\n' +
  "\r\n";
export const LINKEDIN_HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"];
/** The line of the first data row in a file from `connectionsCsv`. */
export const FIRST_DATA_LINE = 5;

export function connectionsCsv(rows: ReadonlyArray<readonly string[]>): string {
  return LINKEDIN_PREAMBLE + [LINKEDIN_HEADER, ...rows].map((row) => `${csvRecord(row)}\r\n`).join("");
}

const FIRST = ["Zoë", "Łukasz", "Ana María", "Søren", "Chloé", "Nguyễn", "Mehmet", "Aoife", "José", "Ingrid"];
const LAST = ["O'Brien", "Kowalski", "García-López", "Østergaard", "Dupont", "Văn An", "Yılmaz", "Ní Bhriain", "Müller", "Björk"];
const COMPANIES = ["Acme, Inc.", "Globex", "Initech", "Umbrella Corp", "株式会社テスト", "Stark Industries"];

/** `count` distinct, valid connections with unicode names, each with its own URL and (for most) an email. */
export function generatedConnections(count: number, offset = 0): string[][] {
  return Array.from({ length: count }, (_, index) => {
    const i = index + offset;
    return [
      FIRST[i % FIRST.length]!,
      `${LAST[Math.floor(i / FIRST.length) % LAST.length]!} ${i}`,
      `https://www.linkedin.com/in/person-${i}`,
      i % 3 === 0 ? "" : `person.${i}@example.com`,
      COMPANIES[i % COMPANIES.length]!,
      i % 2 === 0 ? "Office manager" : "Head of Sales",
      "15 Mar 2024",
    ];
  });
}

export function uploadConnections(app: FastifyInstance, user: { auth: Record<string, string> }, csv: string) {
  return request(app.server)
    .post("/api/v1/imports/linkedin")
    .set(user.auth)
    .attach("file", Buffer.from(csv, "utf8"), "Connections.csv");
}

export interface ImportReport {
  id: string;
  status: string;
  total: number;
  processed: number;
  created: number;
  updated: number;
  rejected: Array<{ line: number; reason: string }>;
  rejectedCount: number;
  error: string | null;
}

/** Polls the import until it is DONE or FAILED. */
export async function waitForImport(app: FastifyInstance, user: TestUser, id: string, timeoutMs = 30_000): Promise<ImportReport> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await request(app.server).get(`/api/v1/imports/${id}`).set(user.auth).expect(200);
    if (response.body.status === "DONE" || response.body.status === "FAILED") return response.body as ImportReport;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`import ${id} did not finish within ${timeoutMs} ms`);
}
