/** Sync: what was deleted since a time (`GET /api/v1/deletions`); changes come from the lists' `updatedSince`. */
import { z } from "zod";
import { listOf, ZIdSchema, ZPaginationQuerySchema, ZTimestampSchema } from "./common.ts";
import { RECORD_SCHEMAS, type RecordResource } from "./record-schemas.ts";

/** Tombstones are kept this long; a client away longer syncs from scratch. */
export const DELETION_RETENTION_DAYS = 90;

export const ZDeletionSchema = z
  .object({
    resource: z.enum(Object.keys(RECORD_SCHEMAS) as [RecordResource, ...RecordResource[]]),
    id: ZIdSchema.meta({ description: "The deleted record's id." }),
    deletedAt: ZTimestampSchema,
  })
  .meta({ id: "Deletion" });
export type TDeletion = z.infer<typeof ZDeletionSchema>;

export const ZDeletionListQuerySchema = ZPaginationQuerySchema.extend({
  since: ZTimestampSchema.optional().meta({
    description: `Deletions at or after this instant (ISO 8601); without it, all of the last ${DELETION_RETENTION_DAYS} days.`,
  }),
});
export type TDeletionListQuery = z.infer<typeof ZDeletionListQuerySchema>;

export const ZDeletionListSchema = listOf(ZDeletionSchema);
