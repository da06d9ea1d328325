import type { TPlan, ZPutPlanSchema } from "@traction/schemas";
import type { z } from "zod";
import type { DbClient } from "../records/db-client.ts";
import { ensurePlan } from "./get-plan.ts";
import { planColumns, toPlanView } from "./plan-view.ts";

/** Saves the plan, creating it if needed. Fields left out keep their value; `null` clears `pitch` or `startsOn`. */
export async function putPlan(db: DbClient, ownerId: string, input: z.output<typeof ZPutPlanSchema>): Promise<TPlan> {
  const plan = await ensurePlan(db, ownerId);
  const columns = planColumns(input);
  if (Object.keys(columns).length === 0) return toPlanView(plan);
  return toPlanView(await db.plan.update({ where: { ownerId }, data: columns }));
}
