/**
 * One heavy job of a kind per user at a time, across every API process: a
 * PostgreSQL advisory lock, keyed by the job's kind and the user, held by the
 * transaction that does (or registers) the job and released when it ends.
 * A second job while one runs is a 429 with Retry-After.
 */
import type { Prisma } from "@traction/db";
import type { FastifyReply } from "fastify";
import { AppError } from "../../lib/errors.ts";

/** Namespaces (the first key of the two-key advisory lock) per kind of job. */
const KINDS = { export: 1_001, import: 1_002 } as const;
export type UserJob = keyof typeof KINDS;

export const BUSY_RETRY_AFTER_SECONDS = 10;

export class UserBusyError extends AppError {
  constructor(readonly job: UserJob) {
    super(
      "RATE_LIMITED",
      job === "export"
        ? "An export of your account is already running; wait for it to finish"
        : "One of your imports is still running; wait for it to finish",
    );
  }
}

/** Takes the lock for the rest of `tx`, or throws UserBusyError when another transaction holds it. */
export async function lockUserJob(tx: Prisma.TransactionClient, job: UserJob, userId: string): Promise<void> {
  const [row] = await tx.$queryRaw<Array<{ locked: boolean }>>`
    SELECT pg_try_advisory_xact_lock(${KINDS[job]}::int, hashtext(${userId})) AS locked`;
  if (!row?.locked) throw new UserBusyError(job);
}

/** For routes: a busy error gets its Retry-After before the error handler answers 429. */
export function withRetryAfter(reply: FastifyReply, error: unknown): unknown {
  if (error instanceof UserBusyError) reply.header("Retry-After", String(BUSY_RETRY_AFTER_SECONDS));
  return error;
}
