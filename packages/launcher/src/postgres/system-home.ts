/**
 * As root, PostgreSQL runs as the `postgres` user (system-user.ts), and that
 * user may not be able to reach the repository at all: a clone under `/root`
 * (mode 700) hides both the binaries in node_modules (`spawn …/initdb EACCES`)
 * and the data folder under `.data/`. Rather than open the user's private
 * folders, the launcher then keeps what the server needs in a folder of the
 * system's, `/var/lib/traction`:
 *
 * - `postgres-<version>/`: a copy of the embedded binaries, owned by root and
 *   writable by root alone, made once per version;
 * - `clusters/<hash of the data folder>/postgres`: the cluster's data, owned
 *   by `postgres`, mode 700, one per checkout.
 *
 * Nothing moves when the repository is reachable: the data stays in `.data/`.
 */
import { createHash } from "node:crypto";
import { access, chmod, cp, lstat, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { LauncherError } from "../lib/errors.ts";
import type { PostgresBinaries } from "./binaries.ts";
import { closedFolder, type RunAs } from "./system-user.ts";

export const SYSTEM_HOME = "/var/lib/traction";

/** Marks a finished copy: a copy interrupted half-way is made again. */
const COMPLETE = ".complete";

/** The binaries `user` can execute: these, or a copy of them in `home` when their folder is closed to `user`. */
export async function binariesFor(user: RunAs, bin: PostgresBinaries, home = SYSTEM_HOME): Promise<PostgresBinaries> {
  if (!(await closedFolder(bin.initdb, user))) return bin;
  // `<package>/native/bin/initdb`: the whole native folder moves, as lib/ and share/ sit beside bin/.
  const native = path.dirname(path.dirname(bin.initdb));
  const version = await packageVersion(path.dirname(native));
  const copy = path.join(home, `postgres-${version}`);
  if (!(await isTrustedCopy(copy))) await copyOnce(native, copy);
  const moved = (file: string) => path.join(copy, path.relative(native, file));
  return { initdb: moved(bin.initdb), pg_ctl: moved(bin.pg_ctl), postgres: moved(bin.postgres) };
}

/** The data folder `user` can reach: `dataDir`, or one of its own in `home` when `dataDir` is behind a closed folder. */
export async function dataDirFor(user: RunAs, dataDir: string, home = SYSTEM_HOME): Promise<string> {
  if (!(await closedFolder(dataDir, user))) return dataDir;
  const key = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  const parent = path.join(home, "clusters", key);
  await openFolder(home);
  await openFolder(path.join(home, "clusters"));
  await openFolder(parent);
  return path.join(parent, path.basename(dataDir));
}

async function packageVersion(packageDir: string): Promise<string> {
  const { version } = JSON.parse(await readFile(path.join(packageDir, "package.json"), "utf8")) as { version?: string };
  if (!version || !/^[\w.-]+$/.test(version)) {
    throw new LauncherError(`Cannot tell the version of the embedded PostgreSQL in ${packageDir}`);
  }
  return version;
}

/** A complete copy that only root can have written: anything else is made again. */
async function isTrustedCopy(copy: string): Promise<boolean> {
  try {
    const stats = await lstat(copy);
    const writableByOthers = (stats.mode & 0o022) !== 0;
    if (!stats.isDirectory() || stats.uid !== 0 || writableByOthers) return false;
    await access(path.join(copy, COMPLETE));
    return true;
  } catch {
    return false;
  }
}

/** Copies into a temporary sibling, then renames: a reader never sees half a copy. */
async function copyOnce(native: string, copy: string): Promise<void> {
  await openFolder(path.dirname(copy));
  const partial = `${copy}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  // The library symlinks (libpq.so → libpq.so.5.17) are relative: copy them as they are.
  await cp(native, partial, { recursive: true, verbatimSymlinks: true });
  await chmod(partial, 0o755);
  await writeFile(path.join(partial, COMPLETE), "");
  await rm(copy, { recursive: true, force: true });
  try {
    await rename(partial, copy);
  } catch (error) {
    // Another launcher finished the same copy first.
    await rm(partial, { recursive: true, force: true });
    if (!(await isTrustedCopy(copy))) throw error;
  }
}

/** A folder root owns and anyone may pass through. */
async function openFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o755 });
  await chmod(dir, 0o755);
}
