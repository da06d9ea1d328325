import type { AuthenticatedUser } from "../../plugins/app/auth.ts";
import { notFound } from "../../lib/errors.ts";
import { hasActiveLink } from "../coaching/assert-active-link.ts";
import type { DbClient } from "../records/db-client.ts";

/** A client's comment threads are the client's and their active coaches'. */
export async function canDiscuss(db: DbClient, user: AuthenticatedUser, clientId: string): Promise<boolean> {
  return user.role === "COACH" ? hasActiveLink(db, user.id, clientId) : user.id === clientId;
}

/**
 * Anyone else — another jobseeker, an unlinked or former coach — gets the same
 * 404 as for a client who does not exist.
 */
export async function assertCanDiscuss(db: DbClient, user: AuthenticatedUser, clientId: string): Promise<void> {
  if (!(await canDiscuss(db, user, clientId))) throw notFound("Client");
}
