/** The e2e stack, plus the demo accounts of `pnpm db:seed` in its database. */
import globalSetup from "../support/global-setup.ts";
import { run } from "../support/processes.ts";
import { REPO_ROOT } from "../support/settings.ts";

export default async function screenshotsSetup(): Promise<() => Promise<void>> {
  const teardown = await globalSetup();
  try {
    await run("seed", "pnpm", ["db:seed"], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
    });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
