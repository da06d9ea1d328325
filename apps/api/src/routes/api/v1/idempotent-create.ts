/**
 * Creates through `withIdempotency` for routes outside the generic CRUD ones:
 * the same `Idempotency-Key` with the same request replays the first response.
 * The request is identified by its actual path (which may carry a client id),
 * not the route's pattern.
 */
import type { Prisma } from "@traction/db";
import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import { requestHash, validateKey, withIdempotency } from "../../../services/records/idempotency.ts";

export async function createIdempotently<T>(
  request: FastifyRequest,
  schema: z.ZodType<T>,
  create: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  const key = validateKey(request.headers["idempotency-key"] as string | undefined);
  const hash = requestHash("POST", request.url.split("?")[0]!, request.body);
  return withIdempotency(request.server.db, request.user.id, key, hash, schema, create);
}
