/** A lead's stage history (the stage it was created in, then each change), oldest first; 404 when the lead is not the owner's. */
import type { TLeadStageChange } from "@traction/schemas";
import { notFound } from "../../lib/errors.ts";
import type { DbClient } from "../records/db-client.ts";

export async function listLeadStages(db: DbClient, ownerId: string, leadId: string): Promise<{ data: TLeadStageChange[] }> {
  const lead = await db.lead.findFirst({
    where: { id: leadId, ownerId },
    select: { stageChanges: { select: { stage: true, changedAt: true }, orderBy: [{ changedAt: "asc" }, { id: "asc" }] } },
  });
  if (!lead) throw notFound("Lead");
  return { data: lead.stageChanges };
}
