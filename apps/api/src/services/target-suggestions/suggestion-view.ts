import type { TargetSuggestion } from "@traction/db";
import type { TPerson, TTargetSuggestion } from "@traction/schemas";

/** What a suggestion's query selects: every column and the coach's name. */
export const SUGGESTION_INCLUDE = { coach: { select: { id: true, name: true } } } as const;

/** The target* columns ↔ the API's `weeklyTargets`, as the plan has them. */
export function toSuggestionView(row: TargetSuggestion & { coach: TPerson }): TTargetSuggestion {
  return {
    id: row.id,
    coach: row.coach,
    clientId: row.clientId,
    weeklyTargets: {
      events: row.targetEvents,
      newContacts: row.targetNewContacts,
      oneOnOnes: row.targetOneOnOnes,
      conversationsMentioningSearchPct: row.targetConversationsMentioningSearchPct,
    },
    status: row.status,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
  };
}
