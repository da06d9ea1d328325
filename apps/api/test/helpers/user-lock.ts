import type { Database } from "@traction/db";
import { lockUserJob, type UserJob } from "../../src/services/account/user-lock.ts";

/**
 * Holds a user's job lock in a transaction of its own, as another process's
 * export or import would; resolves once it is held, with the function that releases it.
 */
export async function holdUserJobLock(db: Database, job: UserJob, userId: string): Promise<() => Promise<void>> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const transaction = db.$transaction(async (tx) => {
    await lockUserJob(tx, job, userId);
    locked();
    await held;
  });
  await Promise.race([isLocked, transaction]);
  return async () => {
    release();
    await transaction;
  };
}
