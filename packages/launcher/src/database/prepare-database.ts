/**
 * Brings a database up to date: `pnpm db:migrate` (prisma migrate deploy),
 * then, when it has no users yet, `pnpm db:seed`. The seed checks the same
 * itself; asking here first saves starting it on every launch.
 */
import { say, step } from "../lib/log.ts";
import { runRootScript } from "../lib/root-script.ts";
import { withClient } from "../lib/with-client.ts";

export async function prepareDatabase(url: string, signal: AbortSignal): Promise<void> {
  const env = { DATABASE_URL: url, CHECKPOINT_DISABLE: "1" };
  await step("applying migrations", () => runRootScript("db:migrate", env, { output: "capture", signal }));
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
