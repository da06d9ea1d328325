/** Fails early and clearly when another program holds a port we need. */
import { LauncherError } from "./errors.ts";
import { portOpen } from "./wait.ts";

export async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  if (await portOpen(port)()) {
    throw new LauncherError(
      `Port ${port}, for the ${what}, is in use by another program. Stop that program, or set ${variable} to another port.`,
    );
  }
}
