import type { TCoachInvite } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import { INVITE_TTL_MS, generateInviteCode, hashInviteCode } from "./invite-code.ts";

/** A new single-use invite; the code is returned here once and stored only hashed. */
export async function createInvite(db: DbClient, jobseekerId: string, now: Date = new Date()): Promise<TCoachInvite> {
  const code = generateInviteCode();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_MS);
  await db.coachInvite.create({ data: { jobseekerId, codeHash: hashInviteCode(code), expiresAt } });
  return { code, expiresAt };
}
