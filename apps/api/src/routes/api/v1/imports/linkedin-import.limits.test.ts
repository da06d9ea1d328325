/**
 * Bounded work per user on imports (issue 13, item 6): an oversized upload is
 * refused as soon as its Content-Length or its stream passes the limit — the
 * 413 arrives while the client is still sending — and one import runs per user
 * at a time (429 with Retry-After), whichever process took the other one.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { holdUserJobLock } from "../../../../../test/helpers/user-lock.ts";
import { connectionsCsv, generatedConnections, uploadConnections, waitForImport } from "../../../../../test/helpers/linkedin.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp({ IMPORT_MAX_FILE_MB: "1" });
const MB = 1024 * 1024;
let owner: TestUser;
let port: number;

beforeAll(async () => {
  owner = await signUp(ctx.app);
  await ctx.app.listen({ host: "127.0.0.1", port: 0 });
  port = (ctx.app.server.address() as AddressInfo).port;
});

interface SlowUpload {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Bytes of the body written when the answer arrived. */
  sentWhenAnswered: number;
}

/**
 * A multipart upload of `fileBytes` written 64 KiB at a time, slowly, with or
 * without a Content-Length; resolves with the answer as soon as it arrives,
 * and stops sending then.
 */
function slowUpload(fileBytes: number, withLength: boolean): Promise<SlowUpload> {
  const boundary = "----traction-limit-test";
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Connections.csv"\r\n` +
      "Content-Type: text/csv\r\n\r\n" +
      connectionsCsv([]),
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const total = head.length + fileBytes + tail.length;
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request({
      host: "127.0.0.1",
      port,
      method: "POST",
      path: "/api/v1/imports/linkedin",
      headers: {
        ...owner.auth,
        "content-type": `multipart/form-data; boundary=${boundary}`,
        ...(withLength ? { "content-length": String(total) } : { "transfer-encoding": "chunked" }),
      },
    });
    req.on("response", (response) => {
      answered = true;
      const sentWhenAnswered = sent;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => {
        req.destroy();
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body, sentWhenAnswered });
      });
    });
    // The server may close the connection while we still send: that is the point.
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const line = Buffer.from(
      `Ada,Lovelace,https://www.linkedin.com/in/ada-${"x".repeat(60)},ada@example.test,Engines,Analyst,01 Jan 2020\n`,
    );
    const send = async () => {
      req.write(head);
      sent += head.length;
      let file = 0;
      while (file < fileBytes && !answered && !req.destroyed) {
        const chunk = Buffer.concat(Array.from({ length: Math.ceil((64 * 1024) / line.length) }, () => line));
        req.write(chunk);
        sent += chunk.length;
        file += chunk.length;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      if (!answered && !req.destroyed) req.end(tail);
    };
    void send();
  });
}

describe("POST /api/v1/imports/linkedin limits", () => {
  it("refuses an upload whose Content-Length passes the limit before reading its body", async () => {
    const answer = await slowUpload(21 * MB, true);
    expect(answer.status).toBe(413);
    expect(answer.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(answer.sentWhenAnswered).toBeLessThan(1 * MB);
  });

  it("refuses a streamed upload as soon as it passes the limit, not once it has all been sent", async () => {
    const answer = await slowUpload(21 * MB, false);
    expect(answer.status).toBe(413);
    expect(answer.sentWhenAnswered).toBeLessThan(3 * MB);
    expect(await ctx.app.db.import.count({ where: { ownerId: owner.user.id } })).toBe(0);
  });

  it("accepts a file under the limit", async () => {
    const response = await uploadConnections(ctx.app, owner, connectionsCsv(generatedConnections(50))).expect(202);
    expect((await waitForImport(ctx.app, owner, response.body.id)).status).toBe("DONE");
  });

  it("runs one import per user at a time: another while one is in progress is a 429 with Retry-After", async () => {
    const user = await signUp(ctx.app);
    const running = await ctx.app.db.import.create({ data: { ownerId: user.user.id, source: "LINKEDIN", status: "RUNNING" } });
    const busy = await uploadConnections(ctx.app, user, connectionsCsv(generatedConnections(5))).expect(429);
    expect(busy.headers["retry-after"]).toMatch(/^\d+$/);
    expect(busy.body.detail).toMatch(/imports is still running/);
    // Someone else may import meanwhile.
    const other = await signUp(ctx.app);
    await uploadConnections(ctx.app, other, connectionsCsv(generatedConnections(5))).expect(202);

    await ctx.app.db.import.update({ where: { id: running.id }, data: { status: "DONE", finishedAt: new Date() } });
    // An import being registered by another process at this moment holds the lock: also a 429.
    const release = await holdUserJobLock(ctx.app.db, "import", user.user.id);
    try {
      await uploadConnections(ctx.app, user, connectionsCsv(generatedConnections(5))).expect(429);
    } finally {
      await release();
    }
    const accepted = await uploadConnections(ctx.app, user, connectionsCsv(generatedConnections(5))).expect(202);
    await waitForImport(ctx.app, user, accepted.body.id);
    await request(ctx.app.server).get(`/api/v1/imports/${accepted.body.id}`).set(user.auth).expect(200);
  });
});
