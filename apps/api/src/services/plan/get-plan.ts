import type { Plan } from "@traction/db";
import { DEFAULT_WEEKLY_TARGETS, type TPlan } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import { targetColumns, toPlanView } from "./plan-view.ts";

/**
 * The owner's plan row, created with DEFAULT_WEEKLY_TARGETS if there is none.
 * `INSERT ... ON CONFLICT DO NOTHING`, so concurrent first requests create one
 * row and none of them fails.
 */
export async function ensurePlan(db: DbClient, ownerId: string): Promise<Plan> {
  const existing = await db.plan.findUnique({ where: { ownerId } });
  if (existing) return existing;
  await db.plan.createMany({ data: [{ ownerId, ...targetColumns(DEFAULT_WEEKLY_TARGETS) }], skipDuplicates: true });
  return db.plan.findUniqueOrThrow({ where: { ownerId } });
}

/**
 * The jobseeker's plan. A plan that was never saved is created on first read,
 * so it always has a stable `id` that comments can refer to.
 */
export async function getPlan(db: DbClient, ownerId: string): Promise<TPlan> {
  return toPlanView(await ensurePlan(db, ownerId));
}
