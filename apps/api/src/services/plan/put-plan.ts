import type { TPlan, ZPutPlanSchema } from "@traction/schemas";
import type { z } from "zod";
import { versionWhere, type IfMatch } from "../../lib/etag.ts";
import { preconditionFailed } from "../../lib/errors.ts";
import type { DbClient } from "../records/db-client.ts";
import { ensurePlan } from "./get-plan.ts";
import { planColumns, toPlanView } from "./plan-view.ts";

/**
 * Saves the plan, creating it if needed. Fields left out keep their value; `null` clears `pitch` or `startsOn`.
 * With `ifMatch`, only over that version (else 412, nothing changed): the check is the UPDATE's own WHERE.
 */
export async function putPlan(
  db: DbClient,
  ownerId: string,
  input: z.output<typeof ZPutPlanSchema>,
  ifMatch?: IfMatch,
): Promise<TPlan> {
  const plan = await ensurePlan(db, ownerId);
  const columns = planColumns(input);
  if (Object.keys(columns).length === 0) {
    // Nothing to write: the version the client named must still be the plan's.
    if (ifMatch && !ifMatch.any && !ifMatch.versions.some((version) => version.getTime() === plan.updatedAt.getTime())) {
      throw preconditionFailed("Plan");
    }
    return toPlanView(plan);
  }
  const [updated] = await db.plan.updateManyAndReturn({ where: { ownerId, ...versionWhere(ifMatch) }, data: columns });
  if (!updated) throw preconditionFailed("Plan");
  return toPlanView(updated);
}
