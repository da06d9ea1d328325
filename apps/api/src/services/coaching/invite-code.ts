/**
 * Invite codes: 12 characters of Crockford base32 (60 random bits), shown as
 * `XXXX-XXXX-XXXX`. Typed back by a person, so case, spaces and dashes do not
 * matter, and the letters that look like digits are read as those digits.
 */
import { randomBytes } from "node:crypto";
import { sha256 } from "../../lib/tokens.ts";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 12;
export const INVITE_TTL_MS = 7 * 86_400_000;

export function generateInviteCode(): string {
  const bytes = randomBytes(LENGTH);
  const chars = [...bytes].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return chars.match(/.{4}/g)!.join("-");
}

/** The canonical form of what a person typed: upper case, no separators, O→0, I/L→1. */
export function normalizeInviteCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

export const hashInviteCode = (typed: string) => sha256(normalizeInviteCode(typed));
