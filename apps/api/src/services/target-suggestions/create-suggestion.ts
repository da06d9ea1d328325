import type { TCreateTargetSuggestion, TTargetSuggestion } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import { targetColumns } from "../plan/plan-view.ts";
import { SUGGESTION_INCLUDE, toSuggestionView } from "./suggestion-view.ts";

/** A coach proposes weekly targets; the client accepts (they become the plan's) or declines. */
export async function createSuggestion(
  db: DbClient,
  coachId: string,
  clientId: string,
  input: TCreateTargetSuggestion,
): Promise<TTargetSuggestion> {
  const row = await db.targetSuggestion.create({
    data: { coachId, clientId, ...targetColumns(input.weeklyTargets) },
    include: SUGGESTION_INCLUDE,
  });
  return toSuggestionView(row);
}
