/**
 * The real API (src/server.ts) as a child process, for tests about what only a
 * process shows: signals, outages, its log destination. And keep-alive writers
 * that record how every request they sent ended.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { sparePort } from "./private-cluster.ts";

const apiRoot = path.resolve(import.meta.dirname, "../..");
export const TEST_JWT_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";

export interface ApiProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  port: number;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
  exited: Promise<number | null>;
  alive: () => boolean;
}

export async function startApi(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await sparePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: apiRoot,
    env: {
      ...process.env,
      NODE_ENV: "test",
      DATABASE_URL: databaseUrl,
      HOST: "127.0.0.1",
      PORT: String(port),
      LOG_LEVEL: "warn",
      JWT_SECRET: TEST_JWT_SECRET,
      AUTH_RATE_LIMIT_PER_IP: "100000",
      AUTH_RATE_LIMIT_PER_EMAIL: "100000",
      ...env,
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 600) throw new Error(`the API did not become ready:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    child,
    url,
    port,
    output: () => output,
    exited,
    alive: () => child.exitCode === null && child.signalCode === null,
  };
}

export async function register(url: string, label: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      email: `${label}-${Math.random().toString(36).slice(2)}@example.test`,
      password: "correct horse battery",
      name: "Writer",
      role: "JOBSEEKER",
    }),
  });
  if (response.status !== 201) throw new Error(`register: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export interface Outcome {
  /** The HTTP status, or null when the request ended without an answer. */
  status: number | null;
  /** The socket error for a request without an answer (ECONNRESET, ECONNREFUSED, ...). */
  error?: string;
  headers?: http.IncomingHttpHeaders;
  body?: string;
  name: string;
}

/** One request over `agent`; never rejects, the outcome says how it ended. */
export function post(agent: http.Agent, url: string, token: string, pathname: string, body: object): Promise<Outcome> {
  const payload = JSON.stringify(body);
  const name = (body as { name?: string }).name ?? "";
  return new Promise((resolve) => {
    const request = http.request(
      `${url}${pathname}`,
      {
        method: "POST",
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
        },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? null, headers: response.headers, body: text, name }));
        response.on("error", (error: NodeJS.ErrnoException) =>
          resolve({ status: null, error: error.code ?? error.message, name }),
        );
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) => resolve({ status: null, error: error.code ?? error.message, name }));
    // A request the server never answers is a finding too, not a hung test.
    request.setTimeout(20_000, () => request.destroy(Object.assign(new Error("no answer in 20 s"), { code: "TIMEOUT" })));
    request.end(payload);
  });
}

/**
 * `count` writers, each on its own keep-alive connection, creating contacts
 * back to back until `stop()` (or until `until` says a writer is done).
 */
export function startWriters(url: string, tokens: string[], count: number, until: (outcome: Outcome) => boolean = () => false) {
  const outcomes: Outcome[] = [];
  let stopped = false;
  let sequence = 0;
  const agents: http.Agent[] = [];
  const loops = Array.from({ length: count }, async (_, writer) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(agent);
    const token = tokens[writer % tokens.length]!;
    while (!stopped) {
      sequence += 1;
      const outcome = await post(agent, url, token, "/api/v1/contacts", { name: `writer ${writer} #${sequence}` });
      outcomes.push(outcome);
      if (until(outcome)) break;
      // A refused connection means the server is not listening (yet): do not spin.
      if (outcome.status === null) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  return {
    outcomes,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
      for (const agent of agents) agent.destroy();
      return outcomes;
    },
    done: () => Promise.all(loops).then(() => outcomes),
  };
}
