import { Prisma, type Database } from "@traction/db";
import { EXPORT_RESOURCES, type TAccountExport } from "@traction/schemas";
import { notFound } from "../../lib/errors.ts";
import { toPlanView } from "../plan/plan-view.ts";
import { toReviewView } from "../reviews/review-view.ts";
import { USER_VIEW } from "../users/user-view.ts";
import { exportRows } from "./export-rows.ts";

const EXPORT_TIMEOUT_MS = 60_000;

/**
 * Everything the account owns, as one document. Read in one repeatable-read
 * transaction, so the document is a consistent snapshot; one query per table
 * (see export-rows.ts), whatever the number of records.
 */
export async function exportAccount(db: Database, userId: string): Promise<TAccountExport> {
  return db.$transaction(
    async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: USER_VIEW });
      if (!user) throw notFound("User");
      const plan = await tx.plan.findUnique({ where: { ownerId: userId } });
      const resources: Record<string, unknown[]> = {};
      for (const resource of EXPORT_RESOURCES) resources[resource] = await exportRows(tx, userId, resource);
      const reviews = await tx.review.findMany({ where: { ownerId: userId }, orderBy: [{ weekStart: "asc" }, { id: "asc" }] });
      return {
        exportedAt: new Date(),
        user,
        plan: plan ? toPlanView(plan) : null,
        ...resources,
        reviews: reviews.map(toReviewView),
      } as TAccountExport;
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: EXPORT_TIMEOUT_MS },
  );
}
