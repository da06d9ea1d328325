/**
 * Leads keep a history of stages: every create and every stage change writes a
 * LeadStageChange in the same transaction, so the funnel can count leads that
 * ever reached INTERVIEW or OFFER even after they were LOST.
 */
import { Prisma, type Lead, type LeadStage } from "@traction/db";
import type { TLead, ZCreateLeadSchema, ZUpdateLeadSchema } from "@traction/schemas";
import type { z } from "zod";
import type { DbClient } from "../records/db-client.ts";
import type { RecordSpec } from "../records/record-spec.ts";
import { leadEvents } from "../webhooks/record-events.ts";

interface LeadQuery {
  stage?: LeadStage;
  companyId?: string;
  sourceContactId?: string;
}

type CreateLead = z.output<typeof ZCreateLeadSchema>;
type UpdateLead = z.output<typeof ZUpdateLeadSchema>;

async function createLead(db: DbClient, ownerId: string, input: CreateLead): Promise<Lead> {
  return db.lead.create({ data: { ...input, ownerId, stageChanges: { create: { stage: input.stage } } } });
}

async function updateLead(db: DbClient, ownerId: string, id: string, input: UpdateLead): Promise<Lead> {
  // Lock the row so two concurrent stage changes are both recorded, in order.
  const [current] = await db.$queryRaw<Array<{ stage: LeadStage }>>`
    SELECT stage::text AS stage FROM "Lead" WHERE id = ${id}::uuid AND "ownerId" = ${ownerId}::uuid FOR UPDATE`;
  const stageChanged = input.stage !== undefined && input.stage !== current?.stage;
  return db.lead.update({
    where: { id },
    data: { ...input, ...(stageChanged ? { stageChanges: { create: { stage: input.stage! } } } : {}) },
  });
}

export const leadSpec: RecordSpec<Lead, TLead, CreateLead, UpdateLead, LeadQuery> = {
  noun: "Lead",
  model: (db) => db.lead,
  table: { name: "Lead", columns: Prisma.LeadScalarFieldEnum },
  filters: ({ stage, companyId, sourceContactId }) => ({
    ...(stage ? { stage } : {}),
    ...(companyId ? { companyId } : {}),
    ...(sourceContactId ? { sourceContactId } : {}),
  }),
  references: (input) => [
    { field: "companyId", table: "Company", ids: input.companyId },
    { field: "sourceContactId", table: "Contact", ids: input.sourceContactId },
  ],
  create: createLead,
  update: updateLead,
  ...leadEvents,
};
