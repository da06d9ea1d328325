import { DEFAULT_WEEKLY_TARGETS, type TPlan } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import { targetColumns, toPlanView } from "./plan-view.ts";

/**
 * The jobseeker's plan. A plan that was never saved is created on first read
 * with DEFAULT_WEEKLY_TARGETS (one atomic upsert, safe under concurrent reads), so
 * it always has a stable `id` that comments can refer to.
 */
export async function getPlan(db: DbClient, ownerId: string): Promise<TPlan> {
  const plan = await db.plan.upsert({
    where: { ownerId },
    create: { ownerId, ...targetColumns(DEFAULT_WEEKLY_TARGETS) },
    update: {},
  });
  return toPlanView(plan);
}
