/** Runs a script of the root package.json (`pnpm run <name>`), the same command a developer would type. */
import { REPO_ROOT } from "./paths.ts";
import { runChecked, type CommandOptions } from "./run-command.ts";

export async function runRootScript(
  name: string,
  env: NodeJS.ProcessEnv,
  options: Pick<CommandOptions, "output" | "signal">,
): Promise<string> {
  return runChecked("pnpm", ["run", "--silent", name], { ...options, cwd: REPO_ROOT, env: { ...process.env, ...env } });
}
