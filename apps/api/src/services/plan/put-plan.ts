import { DEFAULT_WEEKLY_TARGETS, type TPlan, type ZPutPlanSchema } from "@traction/schemas";
import type { z } from "zod";
import type { DbClient } from "../records/db-client.ts";
import { planColumns, targetColumns, toPlanView } from "./plan-view.ts";

/** Saves the plan, creating it if needed. Fields left out keep their value; `null` clears `pitch` or `startsOn`. */
export async function putPlan(db: DbClient, ownerId: string, input: z.output<typeof ZPutPlanSchema>): Promise<TPlan> {
  const columns = planColumns(input);
  const plan = await db.plan.upsert({
    where: { ownerId },
    create: { ownerId, ...targetColumns(DEFAULT_WEEKLY_TARGETS), ...columns },
    update: columns,
  });
  return toPlanView(plan);
}
