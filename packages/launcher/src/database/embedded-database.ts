/**
 * The embedded PostgreSQL under `.data/postgres`, created on first use.
 */
import { chmod, mkdir } from "node:fs/promises";
import { say, step } from "../lib/log.ts";
import { dataPath, DATA_DIR, shortPath } from "../lib/paths.ts";
import { assertPortFree } from "../lib/ports.ts";
import { readOrCreateSecret } from "../lib/secrets.ts";
import { EmbeddedCluster } from "../postgres/embedded-cluster.ts";
import type { DatabaseTarget } from "./target.ts";

const DATABASE_NAME = "traction";
const DATA_FOLDER = dataPath("postgres");

/**
 * For the launcher. Only one launcher runs at a time (instance-lock.ts), so a
 * server that is already running was left behind by a launcher that was
 * killed: stop it, then start cleanly.
 */
export async function startEmbeddedDatabase(port: number): Promise<DatabaseTarget> {
  const cluster = await openCluster(port);
  if (await cluster.isRunning()) {
    say("stopping the PostgreSQL server an earlier launcher left running");
    await cluster.stop();
  }
  await bringUp(cluster);
  return target(cluster, () => step("stopping PostgreSQL", () => cluster.stop()));
}

/** For one-off commands (`pnpm db:reset`): use the running server if there is one, else run it for the command's duration. */
export async function borrowEmbeddedDatabase(port: number): Promise<DatabaseTarget> {
  const cluster = await openCluster(port);
  if (await cluster.isRunning()) {
    await cluster.ensureDatabase(DATABASE_NAME);
    return target(cluster, async () => {});
  }
  await bringUp(cluster);
  return target(cluster, () => cluster.stop());
}

async function openCluster(port: number): Promise<EmbeddedCluster> {
  await mkdir(DATA_DIR, { recursive: true });
  // The server's user must be able to pass through .data/ (the secrets in it are mode 600).
  await chmod(DATA_DIR, 0o755);
  const password = await readOrCreateSecret(dataPath("postgres-password"));
  return EmbeddedCluster.create({ dataDir: DATA_FOLDER, port, password });
}

async function bringUp(cluster: EmbeddedCluster): Promise<void> {
  await assertPortFree(cluster.port, "embedded PostgreSQL", "EMBEDDED_POSTGRES_PORT");
  if (!(await cluster.isInitialised())) {
    say(`creating the embedded PostgreSQL cluster in ${shortPath(cluster.dataDir)}`);
    await cluster.initialise();
  }
  await cluster.start();
  try {
    await cluster.ensureDatabase(DATABASE_NAME);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}

function target(cluster: EmbeddedCluster, stop: () => Promise<void>): DatabaseTarget {
  return {
    url: cluster.url(DATABASE_NAME),
    description: `embedded PostgreSQL on 127.0.0.1:${cluster.port}, data in ${shortPath(cluster.dataDir)}`,
    stop,
  };
}
