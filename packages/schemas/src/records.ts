/**
 * Building blocks shared by the record schemas: the server-owned fields every
 * record has, and field rules reused across resources.
 */
import { z } from "zod";
import { storable, text } from "./text.ts";
import { ZDateSchema, ZIdSchema, ZTimestampSchema } from "./common.ts";
import { MESSAGES } from "./messages.ts";

/** `id`, `createdAt`, `updatedAt`: set by the server, never by a client. */
export const ZRecordBaseSchema = z.object({
  id: ZIdSchema,
  createdAt: ZTimestampSchema,
  updatedAt: ZTimestampSchema,
});

const DAY_MS = 86_400_000;

/** A plain date that may not lie more than a year in the future. */
export const ZRecordDateSchema = ZDateSchema.refine((date) => date.getTime() <= Date.now() + 366 * DAY_MS, {
  message: MESSAGES.withinAYear,
});

/** A timestamp with the same one-year horizon. */
export const ZRecordTimestampSchema = ZTimestampSchema.refine((date) => date.getTime() <= Date.now() + 366 * DAY_MS, {
  message: MESSAGES.withinAYear,
});

export const ZNameSchema = text().trim().min(1).max(200);
export const ZNotesSchema = text().max(10_000);
export const ZUrlSchema = storable(z.url({ protocol: /^https?$/ }).max(2_000));

/** Optional text on update: `null` clears it. */
export const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

/**
 * Turns a create schema into its partial update (PATCH) counterpart, rejecting an empty body.
 * A body that already failed (an unknown or bad field) is not also told it changes nothing.
 */
export function updateOf<T extends z.ZodObject>(create: T) {
  return create.partial().refine((body) => Object.keys(body).length > 0, {
    message: MESSAGES.changeSomething,
    when: (payload) => payload.issues.length === 0,
  });
}
