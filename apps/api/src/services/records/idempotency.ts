/**
 * `Idempotency-Key` on creates. The key row is inserted in the same
 * transaction as the create; a concurrent request with the same key blocks on
 * that row until the first commits, then replays its response. The same key
 * with a different body is a 409. Keys live 24 hours.
 */
import { createHash } from "node:crypto";
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

/**
 * Runs `create` once per (owner, key). When the key was seen before with the
 * same request, returns the first response instead (decoded with `schema`, the
 * route's response schema, so it serialises exactly like a fresh one).
 */
export async function withIdempotency<T>(
  db: Database,
  ownerId: string,
  key: string | undefined,
  hash: string,
  schema: z.ZodType<T>,
  create: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  if (key === undefined) return db.$transaction((tx) => create(tx));
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
      return z.decode(schema, seen.responseBody);
    }
    const result = await create(tx);
    await tx.idempotencyKey.update({
      where: { ownerId_key: { ownerId, key } },
      data: { statusCode: 201, responseBody: z.encode(schema, result) as Prisma.InputJsonValue },
    });
    return result;
  });
}
