/**
 * Webhook signatures, two schemes on every delivery:
 *
 * - Standard Webhooks (https://www.standardwebhooks.com): `webhook-id` (the
 *   event's id, the same on retries and redeliveries), `webhook-timestamp`
 *   (unix seconds) and `webhook-signature: v1,<base64>`, the base64 of
 *   HMAC-SHA256 over `<id>.<timestamp>.<raw body>` keyed with the secret's
 *   bytes (`whsec_<base64>`, base64-decoded). Any Standard Webhooks or Svix
 *   library verifies it.
 * - `Traction-Signature: t=<unix seconds>,v1=<hex>` (deprecated, kept while
 *   integrators move): HMAC-SHA256 over `<t>.<raw body>` keyed with the whole
 *   secret string as shown.
 *
 * Secrets made before Standard Webhooks are `whsec_` + base64url; their bytes
 * are the same under either alphabet, so both schemes keep working for them
 * (see docs/decisions, "Standard Webhooks signatures").
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "Traction-Signature";
const SECRET_PREFIX = "whsec_";

export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString("base64")}`;
}

/** The HMAC key of the Standard Webhooks scheme: the secret's base64 (either alphabet) decoded. */
function secretBytes(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, "base64");
}

/** A secret in the form Standard Webhooks libraries accept (standard base64 alphabet, padded). */
export function standardSecret(secret: string): string {
  return `${SECRET_PREFIX}${secretBytes(secret).toString("base64")}`;
}

/** The three Standard Webhooks headers of one delivery attempt. */
export function standardWebhookHeaders(secret: string, messageId: string, body: string, timestamp: number) {
  const signature = createHmac("sha256", secretBytes(secret)).update(`${messageId}.${timestamp}.${body}`).digest("base64");
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": `v1,${signature}`,
  };
}

export function signatureHeader(secret: string, body: string, timestamp: number): string {
  const digest = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${digest}`;
}

/** What a receiver of the deprecated `Traction-Signature` does; used by our tests, and documented for integrators. */
export function verifySignature(secret: string, body: string, header: string, now: number, toleranceSeconds = 300): boolean {
  const parts = new Map(header.split(",").map((part) => part.split("=", 2) as [string, string]));
  const timestamp = Number(parts.get("t"));
  const given = parts.get("v1");
  if (!Number.isInteger(timestamp) || !given || Math.abs(now - timestamp) > toleranceSeconds) return false;
  const expected = signatureHeader(secret, body, timestamp).split("v1=")[1]!;
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
