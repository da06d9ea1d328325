/**
 * `pnpm db:reset`: empty the database (embedded, or DATABASE_URL), migrate it,
 * seed it. Refuses a non-local DATABASE_URL unless given `--force`.
 */
import { borrowEmbeddedDatabase } from "./database/embedded-database.ts";
import { dropPublicSchema } from "./database/drop-public-schema.ts";
import { prepareDatabase } from "./database/prepare-database.ts";
import { externalDatabase, withoutPassword, type DatabaseTarget } from "./database/target.ts";
import { LauncherError } from "./lib/errors.ts";
import { exitOnError } from "./lib/exit.ts";
import { step } from "./lib/log.ts";
import { readLaunchOptions } from "./options.ts";
import { listenForStopSignals } from "./stop-signals.ts";

const LOCAL_HOSTS = new Set(["", "localhost", "127.0.0.1", "[::1]"]);

async function reset(force: boolean, signal: AbortSignal): Promise<void> {
  const options = readLaunchOptions([], process.env);
  const database = options.databaseUrl
    ? external(options.databaseUrl, force)
    : await borrowEmbeddedDatabase(options.postgresPort);
  try {
    await step(`emptying ${database.description}`, () => dropPublicSchema(database.url));
    await prepareDatabase(database.url, signal);
  } finally {
    await database.stop();
  }
}

function external(url: string, force: boolean): DatabaseTarget {
  const host = URL.canParse(url) ? new URL(url).hostname : "";
  if (!LOCAL_HOSTS.has(host) && !force) {
    throw new LauncherError(
      `Refusing to empty ${withoutPassword(url)}: it is not on this machine. Run \`pnpm db:reset --force\` if you mean it.`,
    );
  }
  return externalDatabase(url);
}

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== "--force");
const signals = listenForStopSignals();
await exitOnError(async () => {
  if (unknown.length > 0) throw new LauncherError(`Unknown argument ${unknown.join(" ")}; the only option is --force`);
  await reset(args.includes("--force"), signals.stop);
});
