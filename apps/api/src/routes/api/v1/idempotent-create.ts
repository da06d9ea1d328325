/**
 * Every creating POST goes through here: the same `Idempotency-Key` with the
 * same request replays the first response (with `Idempotent-Replayed: true`)
 * and creates nothing; a 201 carries `Location`, the new object's URL. The
 * request is identified by its actual path (which may carry a client id), not
 * the route's pattern.
 */
import type { Prisma } from "@traction/db";
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { requestHash, validateKey, withIdempotency } from "../../../services/records/idempotency.ts";

export const REPLAYED_HEADER = "Idempotent-Replayed";

export const ZIdempotencyHeadersSchema = z.object({
  "idempotency-key": z
    .string()
    .optional()
    .meta({
      description:
        "Replays the first response (with `Idempotent-Replayed: true`) for the same key and body within 24 h, creating " +
        "nothing; the same key with a different body is a 409. 1–255 visible ASCII characters.",
    }),
});

/** The response headers of a creating POST, for the route's schema. */
export const CREATED_HEADERS = {
  Location: { description: "The new object's URL (relative to the API's origin).", schema: { type: "string" } },
  [REPLAYED_HEADER]: {
    description: "`true` when this is the stored first response to the same `Idempotency-Key`: nothing was created.",
    schema: { type: "string", enum: ["true"] },
  },
} as const;

export interface CreateOptions {
  /** The response holds a secret stored only hashed elsewhere: keep the replay copy sealed. */
  secret?: boolean;
  /** Whose key space the key lives in (default: the caller). */
  ownerId?: string;
}

export async function createIdempotently<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  schema: z.ZodType<T>,
  create: (tx: Prisma.TransactionClient) => Promise<T>,
  options: CreateOptions = {},
): Promise<T> {
  const key = validateKey(request.headers["idempotency-key"] as string | undefined);
  const hash = requestHash("POST", request.url.split("?")[0]!, request.body);
  const sealWith = options.secret ? request.server.config.JWT_SECRET : undefined;
  const ownerId = options.ownerId ?? request.user.id;
  const { value, replayed } = await withIdempotency(request.server.db, ownerId, key, hash, schema, create, sealWith);
  if (replayed) reply.header(REPLAYED_HEADER, "true");
  return value;
}

/** A 201 with the new object's URL in `Location`. */
export function sendCreated<T>(reply: FastifyReply, location: string, value: T) {
  return reply.code(201).header("Location", location).send(value);
}
