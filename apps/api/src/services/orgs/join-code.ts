/**
 * A cohort's join code: the same alphabet and form as a coach invite code
 * (`XXXX-XXXX-XXXX`, 60 random bits), stored as shown so that an admin can
 * read it again. What a jobseeker types is brought back to that form.
 */
import { generateInviteCode, normalizeInviteCode } from "../coaching/invite-code.ts";

export const generateJoinCode = generateInviteCode;

/** The stored form of a typed code, or null when it cannot be one. */
export function canonicalJoinCode(typed: string): string | null {
  const normal = normalizeInviteCode(typed);
  return /^[0-9A-Z]{12}$/.test(normal) ? normal.match(/.{4}/g)!.join("-") : null;
}
