/**
 * @traction/db — the Prisma client factory and the generated types, nothing else.
 * Business logic lives in the API's services.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";

export * from "./generated/prisma/client.ts";

export interface DatabaseOptions {
  connectionString: string;
  /** Pool size; the default suits one API process on a small machine. */
  maxConnections?: number;
  /** Called when an idle pooled connection fails (e.g. the server restarted). */
  onPoolError?: (error: Error) => void;
}

export type Database = PrismaClient;

export function createDatabase(options: DatabaseOptions): Database {
  const adapter = new PrismaPg(
    { connectionString: options.connectionString, max: options.maxConnections ?? 10 },
    { onPoolError: options.onPoolError },
  );
  return new PrismaClient({ adapter });
}
