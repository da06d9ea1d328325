import type { Prisma } from "@traction/db";
import type { TCoachLink } from "@traction/schemas";
import { conflict } from "../../lib/errors.ts";
import { isUniqueViolation } from "../../lib/prisma-errors.ts";

/**
 * The ACTIVE link between a coach and a client, however the client consented
 * (a code they gave, an emailed invitation they accepted). Run `create` inside
 * `withLinkConflict`: an active link for the pair already is a 409.
 */
export async function createActiveLink(tx: Prisma.TransactionClient, coachId: string, clientId: string): Promise<TCoachLink> {
  return tx.coachLink.create({
    data: { coachId, clientId },
    select: { id: true, status: true, createdAt: true, client: { select: { id: true, name: true } } },
  });
}

/** Runs a transaction that creates a link; the partial unique index's violation becomes `message` as a 409. */
export async function withLinkConflict<T>(message: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(message);
    throw error;
  }
}
