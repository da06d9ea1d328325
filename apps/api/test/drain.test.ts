/**
 * Draining on SIGTERM under load (issue 13, item 12): 20 writers keep creating
 * contacts over keep-alive connections to the real API process when it gets
 * SIGTERM. No request may end without an answer (a reset leaves a client
 * unable to tell whether its POST was written): each gets 201, or 503 with
 * Retry-After and Connection: close, until the server stops listening. Every
 * 201 is in the database afterwards, /ready turns 503 at once, and the process
 * exits 0.
 */
import pg from "pg";
import { describe, expect, it } from "vitest";
import { register, startApi, startWriters, type Outcome } from "./helpers/api-process.ts";
import { useTestApp } from "./helpers/app.ts";

const ctx = useTestApp();
const WRITERS = 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("SIGTERM under 20 concurrent keep-alive writers", () => {
  it("answers every request it received, 503 + Retry-After + Connection: close once draining, and exits 0", async () => {
    const api = await startApi(ctx.databaseUrl, { SHUTDOWN_TIMEOUT_SECONDS: "20" });
    try {
      const tokens = await Promise.all(Array.from({ length: 4 }, (_, index) => register(api.url, `drain-${index}`)));
      // Each writer stops once told the server is going away (503) or once it no longer listens.
      const writers = startWriters(
        api.url,
        tokens,
        WRITERS,
        (outcome) => outcome.status === 503 || outcome.error === "ECONNREFUSED",
      );
      while (writers.outcomes.filter((outcome) => outcome.status === 201).length < WRITERS * 2) await sleep(50);

      api.child.kill("SIGTERM");
      let ready: Response | null = null;
      for (let attempt = 0; attempt < 100; attempt += 1) {
        ready = await fetch(`${api.url}/ready`, { headers: { connection: "close" } }).catch(() => null);
        if (ready?.status !== 200) break;
        await sleep(20);
      }
      expect(ready?.status).toBe(503);
      expect(ready?.headers.get("retry-after")).toMatch(/^\d+$/);

      const outcomes = await writers.done();
      expect(await api.exited).toBe(0);

      const unanswered = outcomes.filter((outcome) => outcome.status === null && outcome.error !== "ECONNREFUSED");
      expect(unanswered, "requests that ended without an answer").toEqual([]);
      const statuses = new Set(outcomes.map((outcome: Outcome) => outcome.status ?? outcome.error));
      expect(
        [...statuses].filter((status) => status !== 201 && status !== 503 && status !== "ECONNREFUSED"),
        api.output().slice(-4000),
      ).toEqual([]);
      const refusals = outcomes.filter((outcome) => outcome.status === 503);
      expect(refusals.length).toBeGreaterThan(0);
      for (const outcome of refusals) {
        expect(outcome.headers?.["retry-after"]).toMatch(/^\d+$/);
        expect(outcome.headers?.connection).toBe("close");
        expect(outcome.headers?.["content-type"]).toMatch(/^application\/problem\+json/);
      }

      const acknowledged = outcomes
        .filter((outcome) => outcome.status === 201)
        .map((outcome) => (JSON.parse(outcome.body!) as { id: string }).id);
      const client = new pg.Client({ connectionString: ctx.databaseUrl });
      await client.connect();
      const { rows } = await client.query<{ id: string }>('SELECT id FROM "Contact" WHERE id = ANY($1::uuid[])', [acknowledged]);
      await client.end();
      expect(rows.length).toBe(acknowledged.length);
      console.log(`drain: ${acknowledged.length} × 201, ${refusals.length} × 503, ${unanswered.length} unanswered`);
    } finally {
      if (api.alive()) api.child.kill("SIGKILL");
    }
  }, 90_000);
});
