/** Starts the real API (src/server.ts) as a child process on a free port and waits until it is ready. */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface RunningServer {
  url: string;
  /** The API process, to read its memory from /proc. */
  pid: number;
  stop: () => Promise<void>;
}

/** `nodeArgs` go to Node itself, e.g. `--cpu-prof`. */
export async function startServer(
  databaseUrl: string,
  port: number,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<RunningServer> {
  const apiRoot = path.resolve(import.meta.dirname, "..");
  // With the young generation the API runs with (package.json's start script, the Dockerfile, the launcher).
  const args = ["--max-semi-space-size=64", ...nodeArgs, "--import", "tsx", "src/server.ts"];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: apiRoot,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      LOG_LEVEL: "warn",
      JWT_SECRET: "bench-secret-0123456789abcdef0123456789abcdef",
      AUTH_RATE_LIMIT_PER_IP: "100000",
      AUTH_RATE_LIMIT_PER_EMAIL: "100000",
      // The health history's start-up fill would compute in the background of every scenario; bench/orgs.ts times it apart.
      HEALTH_HISTORY_WORKER: "off",
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  // Two minutes: on a busy machine tsx's first compile of the server alone can take most of one.
  for (let attempt = 0; ; attempt += 1) {
    try {
      if ((await fetch(`${url}/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    if (attempt === 600) throw new Error(`the API on port ${port} was not ready after two minutes`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    pid: child.pid!,
    // Safe to call twice: a process that has exited already resolves at once.
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export async function login(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login ${email}: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export async function userId(url: string, token: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.json()) as { id: string }).id;
}

/** Posts `body` to `path` every `everyMs` until stopped, as a user logging records while others read. */
export function keepWriting(url: string, token: string, path: string, body: object, everyMs: number) {
  let writes = 0;
  let failures = 0;
  const timer = setInterval(() => {
    fetch(`${url}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    })
      .then((response) => (response.status === 201 ? (writes += 1) : (failures += 1)))
      .catch(() => (failures += 1));
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { writes, failures };
    },
  };
}

export async function firstId(url: string, token: string, path: string): Promise<string> {
  const response = await fetch(`${url}${path}?limit=1`, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.json()) as { data: Array<{ id: string }> }).data[0]!.id;
}
