/**
 * Monday's digest at scale (`pnpm bench --only=digest`; also at the end of a
 * full `pnpm bench`): 10,000 users (50 coaches with about 200 clients each,
 * every client with two months of records, see fillCaseload; some in other
 * time zones), the scheduled job run once for Monday afternoon UTC (morning in
 * every zone used), and every email sent over SMTP to a sink in this process
 * (smtp-server, discarding what it receives) by the API's own mail workers.
 * Reports the time to queue the digests (the job), the time until the last
 * one was accepted by the sink, and the rate in emails per second; then runs
 * the job again, which must queue nothing.
 */
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { buildApp } from "../src/app.ts";
import { loadConfig } from "../src/env.ts";
import { createDatabase, databaseUrl, dropDatabase, newRunId } from "../test/helpers/databases.ts";
import { createUsers, linkClients } from "./generate.ts";
import { fillCaseload } from "./roster.ts";
import { settle } from "./database.ts";

const USERS = 10_000;
const COACHES = 50;
const repoRoot = path.resolve(import.meta.dirname, "../../..");

async function seed(url: string, users: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT setseed(0.23)");
    const started = performance.now();
    const coaches = await createUsers(client, COACHES, "coach", "not-a-hash", "COACH");
    const jobseekers = await createUsers(client, users - COACHES, "user", "not-a-hash");
    for (let start = 0; start < jobseekers.length; start += 50) {
      await fillCaseload(client, jobseekers.slice(start, start + 50), start);
      if (start % 1_000 === 0) await client.query("ANALYZE");
    }
    const perCoach = Math.ceil(jobseekers.length / COACHES);
    for (const [index, coachId] of coaches.entries()) {
      await linkClients(client, coachId, jobseekers.slice(index * perCoach, (index + 1) * perCoach));
    }
    await client.query(
      `UPDATE "User" SET timezone = (ARRAY['Europe/Paris', 'America/New_York', 'Asia/Tokyo'])[1 + (random() * 2)::int]
       WHERE random() < 0.3`,
    );
    await settle(url);
    console.log(`${users} users generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

/** An SMTP server that accepts and discards everything, counting messages. */
async function startSink(): Promise<{ url: string; received: () => number; close: () => Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on("end", () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** This week's Monday, 13:00 UTC: Monday morning or later in UTC, Paris, New York and Tokyo. */
function mondayAfternoon(): Date {
  const now = new Date();
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7)));
  return new Date(monday.getTime() + 13 * 3_600_000);
}

export async function digestBench({ quick }: { quick: boolean }): Promise<void> {
  const users = quick ? 1_000 : USERS;
  // BENCH_DIGEST_DATABASE: reuse a database an earlier run generated (its scheduled email is cleared first).
  const reused = process.env.BENCH_DIGEST_DATABASE;
  const database = reused ?? `${newRunId()}_digest`;
  const url = databaseUrl(database);
  const sink = await startSink();
  try {
    if (reused) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`TRUNCATE "ScheduledEmail", "EmailMessage"`);
      await client.query(`TRUNCATE pgboss.job`).catch(() => undefined);
      await client.end();
    } else {
      await createDatabase(database);
      await promisify(execFile)(path.join(repoRoot, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
        cwd: repoRoot,
        env: { ...process.env, DATABASE_URL: url },
      });
      await seed(url, users);
    }
    const app = await buildApp(
      loadConfig({
        NODE_ENV: "production",
        DATABASE_URL: url,
        LOG_LEVEL: "warn",
        JWT_SECRET: "bench-secret-0123456789abcdef0123456789abcdef",
        PUBLIC_URL: "https://traction.example",
        SMTP_URL: sink.url,
        MAIL_WORKER: "on",
        WEBHOOK_WORKER: "off",
        // The bench runs the job itself, with its own clock.
        MAIL_SCHEDULE_CRON: "0 0 1 1 *",
      }),
    );
    await app.ready();
    try {
      const now = mondayAfternoon();
      const started = performance.now();
      const { digests } = await app.mail.runScheduled(now);
      const queuedSeconds = (performance.now() - started) / 1000;
      for (;;) {
        const [row] = await app.db.$queryRaw<Array<{ done: number }>>`
          SELECT count(*)::int AS done FROM "EmailMessage" WHERE kind = 'WEEKLY_DIGEST' AND status <> 'PENDING'`;
        if ((row?.done ?? 0) >= digests) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const totalSeconds = (performance.now() - started) / 1000;
      const failed = await app.db.emailMessage.count({ where: { kind: "WEEKLY_DIGEST", status: "FAILED" } });
      const rerunStarted = performance.now();
      const rerun = await app.mail.runScheduled(now);
      const rerunMs = Math.round(performance.now() - rerunStarted);
      const result = {
        users,
        digests,
        received: sink.received(),
        failed,
        queuedSeconds: Number(queuedSeconds.toFixed(1)),
        totalSeconds: Number(totalSeconds.toFixed(1)),
        emailsPerSecond: Math.round(digests / totalSeconds),
        rerunQueued: rerun.digests,
        rerunMs,
      };
      const report =
        `Monday digest for ${users} users: ${digests} digests queued in ${result.queuedSeconds} s, all sent ` +
        `(${result.received} received by the SMTP sink, ${failed} failed) after ${result.totalSeconds} s: ` +
        `${result.emailsPerSecond} emails/s end to end. Run again: ${rerun.digests} queued in ${rerunMs} ms.`;
      console.log(`\n${report}\n`);
      await mkdir(path.join(repoRoot, "bench-results"), { recursive: true });
      await writeFile(
        path.join(repoRoot, "bench-results/digest.json"),
        JSON.stringify({ at: new Date(), quick, result }, null, 2),
      );
      await writeFile(path.join(repoRoot, "bench-results/digest.md"), `${report}\n`);
    } finally {
      await app.close();
    }
  } finally {
    await sink.close();
    if (!reused) await dropDatabase(database);
  }
}
