/**
 * The account's own data: `GET /me/export` (everything, as JSON, or one
 * resource as CSV). Each resource is exported in the same shape its own
 * routes return, plus what only the export carries (a lead's stage history,
 * when a task was done).
 */
import { z } from "zod";
import { ZUserSchema } from "./auth.ts";
import { ZTimestampSchema } from "./common.ts";
import { ZCompanySchema } from "./companies.ts";
import { ZContactSchema } from "./contacts.ts";
import { ZConversationSchema } from "./conversations.ts";
import { ZEventSchema } from "./events.ts";
import { ZLeadSchema, ZLeadStageSchema } from "./leads.ts";
import { ZMeetingSchema } from "./meetings.ts";
import { ZPlanSchema } from "./plan.ts";
import { ZPostSchema } from "./posts.ts";
import { ZReviewSchema } from "./reviews.ts";
import { ZTaskSchema } from "./tasks.ts";
import { ZVenueSchema } from "./venues.ts";

export const ZExportedLeadSchema = ZLeadSchema.extend({
  stageChanges: z
    .array(z.object({ stage: ZLeadStageSchema, changedAt: ZTimestampSchema }))
    .meta({ description: "Every stage the lead went through, oldest first." }),
}).meta({ id: "ExportedLead" });

export const ZExportedTaskSchema = ZTaskSchema.extend({
  doneAt: ZTimestampSchema.nullable().meta({ description: "When the task was last marked done." }),
}).meta({ id: "ExportedTask" });

export const EXPORT_RESOURCES = [
  "venues",
  "events",
  "contacts",
  "conversations",
  "meetings",
  "companies",
  "leads",
  "tasks",
  "posts",
] as const;
export type TExportResource = (typeof EXPORT_RESOURCES)[number];

/** The record resources of an export, each with the schema of one exported row. */
export const EXPORT_ROW_SCHEMAS = {
  venues: ZVenueSchema,
  events: ZEventSchema,
  contacts: ZContactSchema,
  conversations: ZConversationSchema,
  meetings: ZMeetingSchema,
  companies: ZCompanySchema,
  leads: ZExportedLeadSchema,
  tasks: ZExportedTaskSchema,
  posts: ZPostSchema,
} as const satisfies Record<TExportResource, z.ZodObject>;

/** What `?format=csv&resource=` accepts: every record resource, and `plan` as a one-row CSV. */
export const CSV_EXPORT_RESOURCES = ["plan", ...EXPORT_RESOURCES] as const;
export type TCsvExportResource = (typeof CSV_EXPORT_RESOURCES)[number];

export const ZAccountExportSchema = z
  .object({
    exportedAt: ZTimestampSchema,
    user: ZUserSchema,
    plan: ZPlanSchema.nullable(),
    venues: z.array(ZVenueSchema),
    events: z.array(ZEventSchema),
    contacts: z.array(ZContactSchema),
    conversations: z.array(ZConversationSchema),
    meetings: z.array(ZMeetingSchema),
    companies: z.array(ZCompanySchema),
    leads: z.array(ZExportedLeadSchema),
    tasks: z.array(ZExportedTaskSchema),
    posts: z.array(ZPostSchema),
    reviews: z.array(ZReviewSchema),
  })
  .meta({ id: "AccountExport" });
export type TAccountExport = z.output<typeof ZAccountExportSchema>;

/** `?format=csv&resource=contacts` gives one resource as CSV. */
export const ZExportQuerySchema = z
  .strictObject({
    format: z.enum(["json", "csv"]).default("json"),
    resource: z.enum(CSV_EXPORT_RESOURCES).optional(),
  })
  .superRefine((query, ctx) => {
    if (query.format === "csv" && !query.resource) {
      ctx.addIssue({ code: "custom", path: ["resource"], message: "Choose what to export as CSV" });
    }
    if (query.format === "json" && query.resource) {
      ctx.addIssue({ code: "custom", path: ["resource"], message: "Only for a CSV export (JSON exports everything)" });
    }
  });
export type TExportQuery = z.output<typeof ZExportQuerySchema>;
