import type { TCommentSubjectType } from "@traction/schemas";
import { assertOwnedReferences, type ReferencedTable } from "../records/references.ts";
import type { DbClient } from "../records/db-client.ts";

const TABLE: Record<Exclude<TCommentSubjectType, "WEEK">, ReferencedTable> = {
  EVENT: "Event",
  CONVERSATION: "Conversation",
  MEETING: "Meeting",
  LEAD: "Lead",
  PLAN: "Plan",
  REVIEW: "Review",
};

/**
 * A comment's subject must be the client's own: a record of theirs, their plan,
 * or a week (a Monday — the request schema has checked that already). Else a
 * 400 naming `subjectId`, whoever owns the id.
 */
export async function assertCommentSubject(
  db: DbClient,
  clientId: string,
  subjectType: TCommentSubjectType,
  subjectId: string,
): Promise<void> {
  if (subjectType === "WEEK") return;
  await assertOwnedReferences(db, clientId, [{ field: "subjectId", table: TABLE[subjectType], ids: subjectId }]);
}
