/** Fails early and clearly when another program holds a port we need. */
import net from "node:net";
import { LauncherError } from "./errors.ts";
import { portOpen } from "./wait.ts";

export async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  if (await portOpen(port)()) {
    throw new LauncherError(
      `Port ${port}, for the ${what}, is in use by another program. Stop that program, or set ${variable} to another port.`,
    );
  }
}

/** A port nothing listens on right now (the system picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once("error", reject);
  });
}
