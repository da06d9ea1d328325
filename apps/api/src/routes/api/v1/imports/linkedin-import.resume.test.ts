import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../../../app.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import {
  connectionsCsv,
  FIRST_DATA_LINE,
  generatedConnections,
  uploadConnections,
  waitForImport,
} from "../../../../../test/helpers/linkedin.ts";
import { signUp } from "../../../../../test/helpers/users.ts";
import { eventually } from "../../../../../test/helpers/webhook-receiver.ts";

const ctx = useTestApp({ IMPORT_BATCH_SIZE: "100", IMPORT_MAX_FILE_MB: "1" });

describe("LinkedIn import: stopping, bad CSV and size", () => {
  it("leaves no half-written batch when the server stops mid-import, and the next start finishes it", async () => {
    const owner = await signUp(ctx.app);
    const rows = generatedConnections(3_000);
    const first = await buildApp(ctx.config);
    await first.ready();
    const accepted = await uploadConnections(first, owner, connectionsCsv(rows)).expect(202);
    await first.close(); // stops after the batch in flight

    const stopped = await ctx.app.db.import.findUniqueOrThrow({ where: { id: accepted.body.id } });
    expect(["QUEUED", "RUNNING"]).toContain(stopped.status);
    expect(stopped.processed).toBeLessThan(stopped.total);
    // Every committed batch is whole: its contacts, its rows gone from the stage, its counters.
    expect(await ctx.app.db.contact.count({ where: { ownerId: owner.user.id } })).toBe(stopped.created);
    expect(stopped.created).toBe(stopped.processed);
    expect(await ctx.app.db.importRow.count({ where: { importId: stopped.id } })).toBe(stopped.total - stopped.processed);

    const second = await buildApp(ctx.config);
    try {
      await second.ready(); // resumes QUEUED and RUNNING imports
      const report = await waitForImport(second, owner, stopped.id);
      expect(report).toMatchObject({ status: "DONE", total: 3_000, processed: 3_000, created: 3_000, rejectedCount: 0 });
    } finally {
      await second.close();
    }
    const contacts = await ctx.app.db.contact.findMany({ where: { ownerId: owner.user.id }, select: { linkedinUrl: true } });
    expect(new Set(contacts.map((contact) => contact.linkedinUrl))).toEqual(new Set(rows.map((row) => row[2])));
  });

  it("keeps stray quotes as text, and rejects what the CSV parser cannot read without losing the rows before", async () => {
    const owner = await signUp(ctx.app);
    const csv =
      connectionsCsv(generatedConnections(2)) +
      'Bob "the",Builder,https://www.linkedin.com/in/bob,,,,\r\n' +
      '"Unclosed,Quote,https://www.linkedin.com/in/unclosed,,,,\r\n';
    const accepted = await uploadConnections(ctx.app, owner, csv).expect(202);
    const report = await waitForImport(ctx.app, owner, accepted.body.id);
    expect(report).toMatchObject({ status: "DONE", total: 4, created: 3, rejectedCount: 1 });
    expect(report.rejected).toEqual([
      { line: FIRST_DATA_LINE + 3, reason: expect.stringMatching(/^unreadable CSV: Quote Not Closed/) },
    ]);
    const bob = await ctx.app.db.contact.findFirstOrThrow({
      where: { ownerId: owner.user.id, linkedinUrl: { contains: "/bob" } },
    });
    expect(bob.name).toBe('Bob "the" Builder');
  });

  it("answers 413 for a file over the size limit and keeps nothing of it", async () => {
    const owner = await signUp(ctx.app);
    const csv = connectionsCsv(generatedConnections(12_000));
    expect(Buffer.byteLength(csv)).toBeGreaterThan(1024 * 1024);
    const response = await uploadConnections(ctx.app, owner, csv).expect(413);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(await ctx.app.db.import.count({ where: { ownerId: owner.user.id } })).toBe(0);
    expect(await ctx.app.db.contact.count({ where: { ownerId: owner.user.id } })).toBe(0);
  });

  it("forgets an upload that breaks off midway: no import and no staged row stay behind", async () => {
    const owner = await signUp(ctx.app);
    const imports = () => ctx.app.db.import.count({ where: { ownerId: owner.user.id } });
    const stagedBefore = await ctx.app.db.importRow.count();
    const server = ctx.app.server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const boundary = "traction-test-boundary";
      const upload = http.request({
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/api/v1/imports/linkedin",
        headers: { ...owner.auth, "Content-Type": `multipart/form-data; boundary=${boundary}` },
      });
      upload.on("error", () => undefined);
      upload.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Connections.csv"\r\n\r\n`);
      upload.write(connectionsCsv(generatedConnections(3_000)).slice(0, 150_000));
      await eventually(async () => (await imports()) === 1);
      upload.destroy();
      await eventually(async () => (await imports()) === 0);
      expect(await ctx.app.db.importRow.count()).toBe(stagedBefore);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
