import { z } from "zod";
import { text, ZDateInRangeSchema } from "./text.ts";

/** A UUID as the API hands them out. */
export const ZIdSchema = z.uuid();

/**
 * A plain calendar date (years 1900–2100, `DATE_RANGE`): `YYYY-MM-DD` on the wire, a `Date` at UTC midnight in
 * code. A codec, so that the API decodes requests and encodes responses with
 * the same schema the dashboard uses to decode them.
 */
export const ZDateSchema = z.codec(z.iso.date(), ZDateInRangeSchema, {
  decode: (text) => new Date(`${text}T00:00:00.000Z`),
  encode: (date) => date.toISOString().slice(0, 10),
});

/** An ISO 8601 timestamp in UTC on the wire, a `Date` in code; in UTC, years 1900–2100 (`DATE_RANGE`). */
export const ZTimestampSchema = z.codec(z.iso.datetime({ offset: true }), ZDateInRangeSchema, {
  decode: (text) => new Date(text),
  encode: (date) => date.toISOString(),
});

export const ZIdParamsSchema = z.strictObject({ id: ZIdSchema });
export type TIdParams = z.infer<typeof ZIdParamsSchema>;

/** One offending field in a 400 problem document. */
export const ZFieldErrorSchema = z.object({
  path: text().meta({ description: "The field, dotted for nested values (`weeklyTargets.events`, `contactIds.0`)." }),
  message: text(),
});

/** RFC 9457 problem document; every error the API sends has this shape. */
export const ZProblemSchema = z
  .object({
    type: text(),
    title: text(),
    status: z.number().int(),
    detail: text(),
    instance: text().optional(),
    errors: z.array(ZFieldErrorSchema).optional(),
  })
  .meta({ id: "Problem", description: "An RFC 9457 problem document (`application/problem+json`)." });
export type TProblem = z.infer<typeof ZProblemSchema>;

export const ZPaginationQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: text().min(1).max(200).optional(),
});

/** A record list: pagination and `updatedSince`, for clients that sync. */
export const ZRecordListQuerySchema = ZPaginationQuerySchema.extend({
  updatedSince: ZTimestampSchema.optional().meta({
    description:
      "Sync: only records created or changed at or after this instant (ISO 8601), ordered by `updatedAt` then `id`, " +
      "oldest change first (instead of the list's usual order), so a client can page through them all and keep the " +
      "largest `updatedAt` it saw for next time. Deleted records are at `GET /api/v1/deletions`.",
  }),
});

/** `{ data, nextCursor }`, the shape of every list. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: text().nullable() });
}

/** Query-string booleans: only `true` and `false` are accepted. */
export const ZQueryBooleanSchema = z.enum(["true", "false"]).transform((value) => value === "true");
