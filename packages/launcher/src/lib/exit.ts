/** How the launcher's commands end: 0 when done or stopped on request, 1 with a clear message otherwise. */
import { LauncherError, StopRequested } from "./errors.ts";

export async function exitOnError(main: () => Promise<void>): Promise<never> {
  try {
    await main();
    process.exit(0);
  } catch (error) {
    if (error instanceof StopRequested) process.exit(0);
    if (error instanceof LauncherError) console.error(`\ntraction: ${error.message}`);
    else console.error("\ntraction: unexpected error:", error);
    process.exit(1);
  }
}
