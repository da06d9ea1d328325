import type { Database, Prisma } from "@traction/db";

/** The Prisma client or a transaction of it: services accept either. */
export type DbClient = Database | Prisma.TransactionClient;
