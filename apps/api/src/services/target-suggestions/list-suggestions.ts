import type { TTargetSuggestion, TTargetSuggestionListQuery } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import { keysetPage, type Page } from "../records/keyset-page.ts";
import { SUGGESTION_INCLUDE, toSuggestionView } from "./suggestion-view.ts";

/** A client's suggestions (or one coach's to that client), newest first. */
export async function listSuggestions(
  db: DbClient,
  scope: { clientId: string; coachId?: string },
  query: TTargetSuggestionListQuery,
): Promise<Page<TTargetSuggestion>> {
  const page = await keysetPage("createdAt", query, (keyset) =>
    db.targetSuggestion.findMany({
      where: { AND: [scope, query.status ? { status: query.status } : {}, keyset.where] },
      orderBy: keyset.orderBy,
      take: keyset.take,
      include: SUGGESTION_INCLUDE,
    }),
  );
  return { data: page.data.map(toSuggestionView), nextCursor: page.nextCursor };
}
