/**
 * Passwords: argon2id hashing (OWASP's minimum parameters: 19 MiB, 2 passes), and
 * `passwordProblem`, the one check of a new password that every route setting one uses.
 */
import { hash, verify, type Options } from "@node-rs/argon2";
import { ZxcvbnFactory, type ZxcvbnResult } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

// Algorithm.Argon2id; the package exports it as a const enum, which isolated modules cannot read.
const ARGON2ID = 2;
const OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against the stored hash, or — for an unknown email — against a
 * dummy hash, so both failures cost the same time.
 */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  if (storedHash === undefined) {
    dummyHash ??= hashPassword("traction-dummy-password-for-timing");
    await verify(await dummyHash, password, OPTIONS);
    return false;
  }
  try {
    return await verify(storedHash, password, OPTIONS);
  } catch {
    return false;
  }
}

/**
 * Whether a new password may be used (ASVS 5.0 V6.2): besides the schema's 10–128 characters,
 * not among common or breached-list passwords, not the account's email or name (nor a trivial
 * variant: case, spaces, punctuation, digits added, reversed), and not otherwise easy to guess.
 * Offline: zxcvbn-ts with its common-password and diceware lists, built once on first use.
 * Every route that sets a password (registration, change, reset) calls this.
 */

/** zxcvbn's scale: 3 is "safely unguessable" (about 10^8 guesses and more). */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
const estimate = (password: string, userInputs: string[]): ZxcvbnResult => {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator.check(password, userInputs);
};

/** Letters and digits only, lower case: `Ada.Lovelace!` and `ada lovelace` are the same. */
const bare = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
const reversed = (text: string) => [...text].reverse().join("");

export interface PasswordOwner {
  email: string;
  name: string;
}

/** What is wrong with `password` for this account, as the end of "Password …", or null when it may be used. */
export function passwordProblem(password: string, owner: PasswordOwner): string | null {
  const candidate = bare(password);
  const withoutAffixes = candidate.replace(/^\d+|\d+$/g, "");
  const localPart = owner.email.split("@")[0] ?? "";
  const personal = [owner.email, localPart, owner.name, ...owner.name.split(/\s+/)].map(bare).filter((text) => text.length >= 3);
  if (
    personal.some(
      (text) =>
        candidate === text ||
        withoutAffixes === text ||
        candidate === reversed(text) ||
        // Mostly the email or name: `ada.lovelace-2026!` is no better than `ada.lovelace`.
        (text.length >= 4 && candidate.includes(text) && text.length * 2 >= candidate.length),
    )
  ) {
    return "must not be your email or your name (or a variant of them)";
  }
  if (candidate.length === 0 || new Set(password).size <= 2)
    return "repeats the same few characters; choose something less predictable";

  const result = estimate(password, [owner.email, localPart, owner.name]);
  const whole = result.sequence.length === 1 ? result.sequence[0] : undefined;
  if (whole?.pattern === "dictionary" && whole.dictionaryName === "passwords-common") {
    return "is one of the most common passwords (it appears in breached-password lists); choose another";
  }
  if (result.score >= MIN_SCORE) return null;
  const patterns = new Set(result.sequence.map((match) => match.pattern));
  if (result.sequence.some((match) => match.pattern === "dictionary" && match.dictionaryName === "passwords-common")) {
    return "is built on a common password, which makes it easy to guess; try a few unrelated words";
  }
  if (patterns.has("repeat")) return "repeats the same characters; choose something less predictable";
  if (patterns.has("sequence")) return "is a sequence like abcd or 1234; choose something less predictable";
  if (patterns.has("spatial")) return "is a keyboard pattern like qwerty; choose something less predictable";
  if (patterns.has("date") || patterns.has("regex")) return "is mostly a date or a year; choose something less predictable";
  return "is too easy to guess; a few unrelated words make a strong password";
}
