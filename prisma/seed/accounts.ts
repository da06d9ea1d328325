/** Creates the demo jobseeker and the demo coach, sharing the demo password. */
import { hash, type Options } from "@node-rs/argon2";
import type { Database, User } from "@traction/db";
import { DEMO_COACH, DEMO_JOBSEEKER, DEMO_PASSWORD } from "./demo-accounts.ts";

// The API's policy (apps/api/src/lib/passwords.ts): argon2id (algorithm 2; the
// package's const enum is unreadable under isolated modules), 19 MiB, 2 passes.
const ARGON2ID: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export interface DemoAccounts {
  jobseeker: User;
  coach: User;
}

export async function seedAccounts(db: Database): Promise<DemoAccounts> {
  const passwordHash = await hash(DEMO_PASSWORD, ARGON2ID);
  const [jobseeker, coach] = await db.$transaction([
    db.user.create({ data: { ...DEMO_JOBSEEKER, passwordHash } }),
    db.user.create({ data: { ...DEMO_COACH, passwordHash } }),
  ]);
  return { jobseeker, coach };
}
