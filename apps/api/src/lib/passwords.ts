/** argon2id password hashing (OWASP's minimum parameters: 19 MiB, 2 passes). */
import { hash, verify, type Options } from "@node-rs/argon2";

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
