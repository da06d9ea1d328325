import { createHash, randomBytes } from "node:crypto";

/** A random opaque token, URL-safe: 32 bytes of entropy. */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Opaque tokens are stored only as their SHA-256 hash. */
export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
