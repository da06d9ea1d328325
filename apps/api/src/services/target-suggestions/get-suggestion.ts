import type { TTargetSuggestion } from "@traction/schemas";
import { notFound } from "../../lib/errors.ts";
import type { DbClient } from "../records/db-client.ts";
import { SUGGESTION_INCLUDE, toSuggestionView } from "./suggestion-view.ts";

/** One suggestion within a scope (a client's, or one coach's to that client); 404 outside it. */
export async function getSuggestion(
  db: DbClient,
  scope: { clientId: string; coachId?: string },
  id: string,
): Promise<TTargetSuggestion> {
  const row = await db.targetSuggestion.findFirst({ where: { id, ...scope }, include: SUGGESTION_INCLUDE });
  if (!row) throw notFound("Suggestion");
  return toSuggestionView(row);
}
