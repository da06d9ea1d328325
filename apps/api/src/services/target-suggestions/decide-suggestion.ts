import type { Database } from "@traction/db";
import type { TTargetSuggestion } from "@traction/schemas";
import { conflict, notFound } from "../../lib/errors.ts";
import { putPlan } from "../plan/put-plan.ts";
import { SUGGESTION_INCLUDE, toSuggestionView } from "./suggestion-view.ts";

/**
 * The client decides on a proposed suggestion. Accepting writes its four
 * targets into the plan (created if need be) in the same transaction. A
 * suggestion decided already is a 409; another client's is a 404.
 */
export async function decideSuggestion(
  db: Database,
  clientId: string,
  id: string,
  decision: "ACCEPTED" | "DECLINED",
  now: Date = new Date(),
): Promise<TTargetSuggestion> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.targetSuggestion.updateMany({
      where: { id, clientId, status: "PROPOSED" },
      data: { status: decision, decidedAt: now },
    });
    const row = await tx.targetSuggestion.findFirst({ where: { id, clientId }, include: SUGGESTION_INCLUDE });
    if (!row) throw notFound("Target suggestion");
    if (count === 0) throw conflict(`This suggestion was already ${row.status.toLowerCase()}`);
    const suggestion = toSuggestionView(row);
    if (decision === "ACCEPTED") await putPlan(tx, clientId, { weeklyTargets: suggestion.weeklyTargets });
    return suggestion;
  });
}
