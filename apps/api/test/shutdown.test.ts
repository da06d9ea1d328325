/**
 * The real server process (src/server.ts): on SIGTERM it stops taking new
 * work, finishes the request in flight, and exits 0 — and the write that
 * request acknowledged is in the database.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { useTestApp } from "./helpers/app.ts";
import { uniqueEmail } from "./helpers/users.ts";

const ctx = useTestApp();
const apiRoot = path.resolve(import.meta.dirname, "..");
const PORT = 4300 + Math.floor(Math.random() * 500);

describe("graceful shutdown", () => {
  it("completes an in-flight request on SIGTERM, then exits 0", async () => {
    const server = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
      cwd: apiRoot,
      env: {
        ...process.env,
        DATABASE_URL: ctx.databaseUrl,
        PORT: String(PORT),
        NODE_ENV: "test",
        LOG_LEVEL: "info",
        JWT_SECRET: ctx.config.JWT_SECRET,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const waitFor = (pattern: RegExp) =>
      new Promise<void>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (pattern.test(output)) resolve();
        };
        server.stdout.on("data", onData);
        server.stderr.on("data", onData);
        server.once("exit", () => reject(new Error(`server exited early:\n${output}`)));
      });
    const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));

    await waitFor(/Server listening/);
    const email = uniqueEmail("inflight");
    // Registration hashes a password with argon2id: a request that is genuinely in flight for a while.
    const inFlight = fetch(`http://127.0.0.1:${PORT}/api/v1/auth/register`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email, password: "long enough password", name: "In Flight", role: "JOBSEEKER" }),
    });
    await waitFor(/incoming request/);
    server.kill("SIGTERM");

    const response = await inFlight;
    expect(response.status).toBe(201);
    expect(await exited).toBe(0);
    expect(output).toMatch(/shutdown complete/);
    // Closed for new work.
    await expect(fetch(`http://127.0.0.1:${PORT}/health`)).rejects.toThrow();

    const client = new pg.Client({ connectionString: ctx.databaseUrl });
    await client.connect();
    const { rowCount } = await client.query('SELECT 1 FROM "User" WHERE email = $1', [email]);
    await client.end();
    expect(rowCount).toBe(1);
  });
});
