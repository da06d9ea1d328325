/**
 * A private PostgreSQL cluster for tests that must kill or restart the server
 * (never the shared one on 5432): the system's binaries, a data folder of its
 * own, a spare port. PostgreSQL refuses to run as root, so as root the
 * commands run as the `postgres` user (`su postgres -c`).
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chmod, chown, mkdtemp, readFile, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Whether this machine has PostgreSQL's server binaries (Debian's layout) for private clusters. */
export function hasServerBinaries(): boolean {
  try {
    binDir();
    return true;
  } catch {
    return false;
  }
}

function binDir(): string {
  const versions = existsSync("/usr/lib/postgresql")
    ? readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    const dir = `/usr/lib/postgresql/${version}/bin`;
    if (existsSync(path.join(dir, "pg_ctl"))) return dir;
  }
  throw new Error("no PostgreSQL binaries under /usr/lib/postgresql/<version>/bin");
}

export async function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A folder for one server: open to the `postgres` user, which runs it when we are root. */
async function serverRoot(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), "traction-pg-"));
  await chmod(root, 0o755);
  if (process.getuid?.() === 0) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    await chown(root, Number(stdout.trim()), Number(gid.trim()));
  }
  return root;
}

const quote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

export class PrivateCluster {
  private constructor(
    readonly root: string,
    readonly port: number,
    private readonly bin: string,
  ) {}

  get dataDir(): string {
    return path.join(this.root, "data");
  }

  url(database = "postgres"): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Creates and starts a fresh cluster (trust authentication, fsync off: nothing here outlives the test). */
  static async start(): Promise<PrivateCluster> {
    const cluster = new PrivateCluster(await serverRoot(), await sparePort(), binDir());
    await cluster.exec("initdb", ["-A", "trust", "-U", "postgres", "--no-sync", "-D", cluster.dataDir]);
    await cluster.startServer();
    return cluster;
  }

  /**
   * A hot standby of `primary`: a base backup (`pg_basebackup -R`, which also
   * writes the settings to stream from it), started read-only on a port of its
   * own, replaying the primary's WAL as it comes.
   */
  static async startStandby(primary: PrivateCluster): Promise<PrivateCluster> {
    const standby = new PrivateCluster(await serverRoot(), await sparePort(), primary.bin);
    const source = ["-h", "127.0.0.1", "-p", String(primary.port), "-U", "postgres"];
    await standby.exec("pg_basebackup", [...source, "-D", standby.dataDir, "-R", "-X", "stream", "--no-sync"]);
    await standby.startServer();
    return standby;
  }

  private async exec(program: string, args: string[]): Promise<string> {
    const file = path.join(this.bin, program);
    if (process.getuid?.() === 0) {
      const command = [file, ...args].map(quote).join(" ");
      const { stdout } = await run("su", ["postgres", "-s", "/bin/sh", "-c", command], { cwd: "/" });
      return stdout;
    }
    const { stdout } = await run(file, args);
    return stdout;
  }

  /** Starts the postmaster; retries while the killed one's backends still hold shared memory. */
  async startServer(): Promise<void> {
    const options = `-p ${this.port} -k ${this.root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        await this.exec("pg_ctl", [
          "-D",
          this.dataDir,
          "-o",
          options,
          "-l",
          path.join(this.root, "log"),
          "-w",
          "-t",
          "10",
          "start",
        ]);
        return;
      } catch (error) {
        if (Date.now() > deadline) {
          const log = await readFile(path.join(this.root, "log"), "utf8").catch(() => "");
          throw new Error(`private PostgreSQL did not start: ${String(error)}\n${log.slice(-2000)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  async postmasterPid(): Promise<number> {
    const pidFile = await readFile(path.join(this.dataDir, "postmaster.pid"), "utf8");
    return Number(pidFile.split("\n")[0]);
  }

  /** SIGKILLs the postmaster: its backends notice and terminate their connections (57P01). */
  async killPostmaster(): Promise<void> {
    process.kill(await this.postmasterPid(), "SIGKILL");
  }

  /** A clean shutdown (`pg_ctl stop -m fast`); `startServer` brings it back with its data. */
  async stopServer(): Promise<void> {
    await this.exec("pg_ctl", ["-D", this.dataDir, "-m", "fast", "-w", "stop"]);
  }

  async destroy(): Promise<void> {
    await this.exec("pg_ctl", ["-D", this.dataDir, "-m", "immediate", "stop"]).catch(() => undefined);
    await rm(this.root, { recursive: true, force: true });
  }
}
