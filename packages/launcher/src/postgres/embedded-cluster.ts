/**
 * One PostgreSQL cluster in a folder of ours, driven with initdb and pg_ctl.
 * It listens on 127.0.0.1 only (no Unix socket) and asks for a password.
 * Its operations take well under a second and are not interrupted by Ctrl-C:
 * the launcher checks for a stop request between steps.
 */
import { access, chmod, chown, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { LauncherError } from "../lib/errors.ts";
import { runChecked, runCommand, type CommandOptions } from "../lib/run-command.ts";
import { withClient } from "../lib/with-client.ts";
import { findPostgresBinaries, type PostgresBinaries } from "./binaries.ts";
import { binariesFor, dataDirFor } from "./system-home.ts";
import { assertReachable, postgresRunAs, type RunAs } from "./system-user.ts";

export interface ClusterOptions {
  dataDir: string;
  port: number;
  password: string;
}

const SUPERUSER = "postgres";

export class EmbeddedCluster {
  private constructor(
    private readonly bin: PostgresBinaries,
    private readonly runAs: RunAs | undefined,
    private readonly options: ClusterOptions,
  ) {}

  /** As root, the binaries and the data folder may move where the `postgres` user can reach them (system-home.ts). */
  static async create(options: ClusterOptions, home?: string): Promise<EmbeddedCluster> {
    const bin = await findPostgresBinaries();
    const runAs = await postgresRunAs();
    if (!runAs) return new EmbeddedCluster(bin, runAs, options);
    const dataDir = await dataDirFor(runAs, options.dataDir, home);
    return new EmbeddedCluster(await binariesFor(runAs, bin, home), runAs, { ...options, dataDir });
  }

  /** Where the cluster's data lives (not the folder asked for when that one is closed to the server's user). */
  get dataDir(): string {
    return this.options.dataDir;
  }

  get port(): number {
    return this.options.port;
  }

  url(database: string): string {
    return `postgresql://${SUPERUSER}:${encodeURIComponent(this.options.password)}@127.0.0.1:${this.options.port}/${database}`;
  }

  async isInitialised(): Promise<boolean> {
    return access(path.join(this.options.dataDir, "PG_VERSION")).then(
      () => true,
      () => false,
    );
  }

  /** initdb: UTF-8 with the built-in C.UTF-8 collation (no OS locale needed), scram-sha-256 passwords. */
  async initialise(): Promise<void> {
    const { dataDir } = this.options;
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    const passwordFile = path.join(tmpdir(), `traction-pg-${process.pid}-${Date.now()}`);
    await writeFile(passwordFile, `${this.options.password}\n`, { mode: 0o600 });
    try {
      if (this.runAs) {
        await assertReachable(dataDir, this.runAs);
        await chown(dataDir, this.runAs.uid, this.runAs.gid);
        await chown(passwordFile, this.runAs.uid, this.runAs.gid);
      }
      await chmod(dataDir, 0o700);
      const args = [`--pgdata=${dataDir}`, `--username=${SUPERUSER}`, `--pwfile=${passwordFile}`, "--auth=scram-sha-256"];
      args.push("--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8");
      await runChecked(this.bin.initdb, args, this.commandOptions());
    } finally {
      await rm(passwordFile, { force: true });
    }
  }

  async isRunning(): Promise<boolean> {
    const { code } = await runCommand(this.bin.pg_ctl, ["status", "-D", this.options.dataDir], this.commandOptions());
    return code === 0;
  }

  async start(): Promise<void> {
    const { dataDir, port } = this.options;
    const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
    const args = ["start", "-w", "-t", "60", "-D", dataDir, "-l", this.logFile, "-o", serverOptions];
    const { code, output } = await runCommand(this.bin.pg_ctl, args, this.commandOptions());
    if (code !== 0) {
      const log = await readFile(this.logFile, "utf8").catch(() => "");
      const tail = log.trim().split("\n").slice(-15).join("\n");
      throw new LauncherError(`PostgreSQL did not start (pg_ctl exited with ${code}):\n${output.trim()}\n${tail}`);
    }
  }

  /** Fast shutdown: open sessions are ended, nothing is lost. */
  async stop(): Promise<void> {
    await runChecked(this.bin.pg_ctl, ["stop", "-D", this.options.dataDir, "-m", "fast", "-w"], this.commandOptions());
  }

  async ensureDatabase(name: string): Promise<void> {
    await withClient(this.url("postgres"), async (client) => {
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    });
  }

  /** The server's own log; written by the server's user, so it lives in the data folder. */
  get logFile(): string {
    return path.join(this.options.dataDir, "server.log");
  }

  private commandOptions(): CommandOptions {
    // The server's user may not be allowed into the launcher's working folder; it can always enter .data/.
    const cwd = path.dirname(this.options.dataDir);
    return { cwd, uid: this.runAs?.uid, gid: this.runAs?.gid, output: "capture" };
  }
}
