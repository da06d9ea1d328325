/**
 * `Idempotency-Key` on creates. The key row is inserted in the same
 * transaction as the create; a concurrent request with the same key blocks on
 * that row until the first commits, then replays its response. The same key
 * with a different body is a 409. Keys live 24 hours.
 *
 * A response that holds a secret Traction otherwise keeps only hashed (an API
 * key, an invite code, a calendar feed's URL) is stored sealed: AES-256-GCM
 * under a key derived from the server's secret, the owner and the
 * Idempotency-Key, so the table alone reveals nothing.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";
import type { Database, Prisma } from "@traction/db";
import { z } from "zod";
import { conflict, invalid } from "../../lib/errors.ts";

export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash("sha256")
    .update(`${method} ${path}\n${JSON.stringify(body ?? null)}`)
    .digest("hex");
}

export function validateKey(key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw invalid([{ path: "Idempotency-Key", message: "must be 1–255 visible ASCII characters" }]);
  }
  return key;
}

export interface Idempotent<T> {
  value: T;
  /** The first response to this key, not a new create. */
  replayed: boolean;
}

function sealingKey(serverSecret: string, ownerId: string, key: string): Buffer {
  return createHmac("sha256", serverSecret).update(`idempotency\0${ownerId}\0${key}`).digest();
}

function seal(value: unknown, sealKey: Buffer): { sealed: string } {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealKey, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return { sealed: Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64") };
}

function unseal(stored: { sealed: string }, sealKey: Buffer): unknown {
  const raw = Buffer.from(stored.sealed, "base64");
  const decipher = createDecipheriv("aes-256-gcm", sealKey, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8"));
}

/**
 * Runs `create` once per (owner, key). When the key was seen before with the
 * same request, returns the first response instead (decoded with `schema`, the
 * route's response schema, so it serialises exactly like a fresh one).
 * `sealWith` (the server's secret) stores the response sealed.
 */
export async function withIdempotency<T>(
  db: Database,
  ownerId: string,
  key: string | undefined,
  hash: string,
  schema: z.ZodType<T>,
  create: (tx: Prisma.TransactionClient) => Promise<T>,
  sealWith?: string,
): Promise<Idempotent<T>> {
  if (key === undefined) return { value: await db.$transaction((tx) => create(tx)), replayed: false };
  const sealKey = sealWith === undefined ? undefined : sealingKey(sealWith, ownerId, key);
  return db.$transaction(async (tx) => {
    // An expired key is free again.
    await tx.$executeRaw`
      DELETE FROM "IdempotencyKey"
      WHERE "ownerId" = ${ownerId}::uuid AND key = ${key} AND "createdAt" < now() - interval '24 hours'`;
    // On a conflict this waits for the other transaction holding the key to commit.
    const inserted = await tx.$executeRaw`
      INSERT INTO "IdempotencyKey" ("ownerId", key, "requestHash") VALUES (${ownerId}::uuid, ${key}, ${hash})
      ON CONFLICT DO NOTHING`;
    if (inserted === 0) {
      const seen = await tx.idempotencyKey.findUniqueOrThrow({ where: { ownerId_key: { ownerId, key } } });
      if (seen.requestHash !== hash) throw conflict("This Idempotency-Key was used with a different request");
      if (seen.statusCode === null) throw conflict("A request with this Idempotency-Key is still in progress");
      const stored = sealKey ? unseal(seen.responseBody as { sealed: string }, sealKey) : seen.responseBody;
      return { value: z.decode(schema, stored), replayed: true };
    }
    const result = await create(tx);
    const encoded = z.encode(schema, result);
    await tx.idempotencyKey.update({
      where: { ownerId_key: { ownerId, key } },
      data: { statusCode: 201, responseBody: (sealKey ? seal(encoded, sealKey) : encoded) as Prisma.InputJsonValue },
    });
    return { value: result, replayed: false };
  });
}
