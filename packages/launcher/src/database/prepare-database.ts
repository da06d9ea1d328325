/** Brings a database up to date: `pnpm db:migrate` (prisma migrate deploy), then `pnpm db:seed` (a no-op unless it is empty). */
import { step } from "../lib/log.ts";
import { runRootScript } from "../lib/root-script.ts";

export async function prepareDatabase(url: string, signal: AbortSignal): Promise<void> {
  const env = { DATABASE_URL: url, CHECKPOINT_DISABLE: "1" };
  await step("applying migrations", () => runRootScript("db:migrate", env, { output: "capture", signal }));
  await step("seeding", () => runRootScript("db:seed", env, { output: "inherit", signal }));
}
