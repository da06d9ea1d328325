import { z } from "zod";
import { text } from "./text.ts";
import { ZDateSchema, ZIdSchema, ZRecordListQuerySchema, ZQueryBooleanSchema, listOf } from "./common.ts";
import { ZRecordBaseSchema, ZRecordDateSchema, updateOf } from "./records.ts";

export const ZCreateTaskSchema = z.strictObject({
  title: text().trim().min(1).max(200),
  dueOn: ZRecordDateSchema.nullable().optional(),
  contactId: ZIdSchema.nullable().optional(),
  done: z.boolean().optional(),
});
export type TCreateTask = z.input<typeof ZCreateTaskSchema>;

export const ZUpdateTaskSchema = updateOf(ZCreateTaskSchema);
export type TUpdateTask = z.input<typeof ZUpdateTaskSchema>;

export const ZTaskSchema = ZRecordBaseSchema.extend({
  title: text(),
  dueOn: ZDateSchema.nullable(),
  contactId: ZIdSchema.nullable(),
  done: z.boolean(),
  assignedById: ZIdSchema.nullable().meta({ description: "Read-only: the coach who assigned it." }),
}).meta({ id: "Task" });
export type TTask = z.output<typeof ZTaskSchema>;

export const ZTaskListQuerySchema = ZRecordListQuerySchema.extend({
  done: ZQueryBooleanSchema.optional(),
  dueBefore: ZDateSchema.optional().meta({ description: "Due strictly before this date." }),
  contactId: ZIdSchema.optional().meta({ description: "About this contact." }),
});
export const ZTaskListSchema = listOf(ZTaskSchema);
