/**
 * Brings a database up to date: `pnpm db:migrate` (prisma migrate deploy) when
 * migrations are pending, then `pnpm db:seed` when it has no users yet (the
 * seed checks that itself; asking first saves starting it on every launch).
 */
import { say, step } from "../lib/log.ts";
import { runRootScript } from "../lib/root-script.ts";
import { withClient } from "../lib/with-client.ts";
import { hasPendingMigrations } from "./pending-migrations.ts";

export async function prepareDatabase(url: string, signal: AbortSignal): Promise<void> {
  const env = { DATABASE_URL: url, CHECKPOINT_DISABLE: "1" };
  if (await hasPendingMigrations(url)) {
    await step("applying migrations", () => runRootScript("db:migrate", env, { output: "capture", signal }));
  } else {
    say("migrations: the database is up to date");
  }
  if (await hasUsers(url)) {
    say("seeding: skipped, the database already has users");
    return;
  }
  await step("seeding", () => runRootScript("db:seed", env, { output: "inherit", signal }));
}

function hasUsers(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ found: boolean }>('SELECT EXISTS (SELECT 1 FROM "User") AS found');
    return rows[0]?.found ?? false;
  });
}
