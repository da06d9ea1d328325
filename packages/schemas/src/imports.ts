/**
 * Imports of contacts: a LinkedIn "Connections.csv" upload becomes a
 * background job whose progress and rejected rows can be polled.
 */
import { z } from "zod";
import { text } from "./text.ts";
import { ZIdSchema, ZTimestampSchema } from "./common.ts";

export const IMPORT_STATUSES = ["RECEIVING", "QUEUED", "RUNNING", "DONE", "FAILED"] as const;
export const ZImportStatusSchema = z.enum(IMPORT_STATUSES);
export type TImportStatus = z.infer<typeof ZImportStatusSchema>;

export const ZImportAcceptedSchema = z.object({ id: ZIdSchema }).meta({ id: "ImportAccepted" });

export const ZRejectedRowSchema = z.object({
  line: z.number().int().meta({ description: "The row's line in the uploaded file (1 is the file's first line)." }),
  reason: text(),
});

/** How many rejected rows an import lists; `rejectedCount` counts them all. */
export const MAX_LISTED_REJECTIONS = 1_000;

export const ZImportSchema = z
  .object({
    id: ZIdSchema,
    source: z.enum(["LINKEDIN"]),
    status: ZImportStatusSchema.meta({
      description: "QUEUED, then RUNNING while batches are written, then DONE; FAILED with `error` when the file cannot be read.",
    }),
    total: z.number().int().meta({ description: "Data rows in the file (after LinkedIn's notes and the header)." }),
    processed: z.number().int(),
    created: z.number().int().meta({ description: "Contacts created." }),
    updated: z.number().int().meta({ description: "Rows merged into an existing contact that filled in something it lacked." }),
    rejected: z.array(ZRejectedRowSchema).meta({ description: `The first ${MAX_LISTED_REJECTIONS} rejected rows, by line.` }),
    rejectedCount: z.number().int(),
    error: text().nullable(),
    createdAt: ZTimestampSchema,
    finishedAt: ZTimestampSchema.nullable(),
  })
  .meta({ id: "Import" });
export type TImport = z.output<typeof ZImportSchema>;
