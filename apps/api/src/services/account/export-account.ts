import { PassThrough, type Readable } from "node:stream";
import { Prisma, type Database } from "@traction/db";
import { EXPORT_RESOURCES, ZAccountExportSchema } from "@traction/schemas";
import { z } from "zod";
import { notFound } from "../../lib/errors.ts";
import { toPlanView } from "../plan/plan-view.ts";
import { toReviewView } from "../reviews/review-view.ts";
import { USER_VIEW } from "../users/user-view.ts";
import { EXPORT_BATCH_SIZE, exportRowBatches } from "./export-rows.ts";
import { lockUserJob } from "./user-lock.ts";

/** How long one export may take, its transaction included (a slow reader slows it down). */
const EXPORT_TIMEOUT_MS = 10 * 60_000;
const SHAPE = ZAccountExportSchema.shape;

/** Resolves on 'drain', rejects if the reader went away first. */
function writeTo(output: PassThrough): (chunk: string) => Promise<void> {
  return async (chunk) => {
    if (output.destroyed) throw new Error("export abandoned: the client went away");
    if (output.write(chunk)) return;
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        output.off("drain", done).off("close", closed);
        if (error) reject(error);
        else resolve();
      };
      const closed = () => done(new Error("export abandoned: the client went away"));
      output.once("drain", done).once("close", closed);
    });
  };
}

/**
 * Everything the account owns, as one JSON document written progressively:
 * the same document as `ZAccountExportSchema`, every part encoded with its
 * schema, rows read batch by batch (`exportRowBatches`) and written as they
 * come, with back-pressure, so memory stays flat whatever the account's size.
 * All of it is read in one repeatable-read transaction (a consistent
 * snapshot), which also holds the user's export lock: one export per user at
 * a time (UserBusyError otherwise).
 *
 * Resolves with the stream once the lock is held and the user is read, so a
 * 404, 429 or 503 is still an ordinary error response; a failure after that
 * destroys the stream (the client sees a cut-off download, never a bad one).
 */
export async function openAccountExport(db: Database, userId: string, batchSize = EXPORT_BATCH_SIZE): Promise<Readable> {
  const output = new PassThrough();
  const write = writeTo(output);
  let started = false;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const finished = db
    .$transaction(
      async (tx) => {
        await lockUserJob(tx, "export", userId);
        const user = await tx.user.findUnique({ where: { id: userId }, select: USER_VIEW });
        if (!user) throw notFound("User");
        const plan = await tx.plan.findUnique({ where: { ownerId: userId } });
        started = true;
        open();
        const field = (key: string, value: unknown) => `${JSON.stringify(key)}:${JSON.stringify(value)}`;
        await write(
          `{${field("exportedAt", z.encode(SHAPE.exportedAt, new Date()))},${field("user", z.encode(SHAPE.user, user))},` +
            field("plan", z.encode(SHAPE.plan, plan ? toPlanView(plan) : null)),
        );
        for (const resource of EXPORT_RESOURCES) {
          await write(`,${JSON.stringify(resource)}:[`);
          let first = true;
          for await (const rows of exportRowBatches(tx, userId, resource, batchSize)) {
            const encoded = z.encode(SHAPE[resource], rows as z.output<(typeof SHAPE)[typeof resource]>) as unknown[];
            await write((first ? "" : ",") + encoded.map((row) => JSON.stringify(row)).join(","));
            first = false;
          }
          await write("]");
        }
        // One review a week at most: read at once.
        const reviews = await tx.review.findMany({ where: { ownerId: userId }, orderBy: [{ weekStart: "asc" }, { id: "asc" }] });
        await write(`,${field("reviews", z.encode(SHAPE.reviews, reviews.map(toReviewView)))}}`);
      },
      { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: EXPORT_TIMEOUT_MS },
    )
    .then(
      () => {
        output.end();
      },
      (error: unknown) => {
        if (!started) throw error;
        output.destroy(error instanceof Error ? error : new Error(String(error)));
      },
    );
  await Promise.race([opened, finished]);
  return output;
}
