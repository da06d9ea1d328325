import { z } from "zod";
import { text } from "./text.ts";
import { ZDateSchema, ZRecordListQuerySchema, listOf } from "./common.ts";
import { ZRecordBaseSchema, ZRecordDateSchema, ZUrlSchema, updateOf } from "./records.ts";

export const ZCreatePostSchema = z.strictObject({
  title: text().trim().min(1).max(300),
  url: ZUrlSchema.nullable().optional(),
  publishedOn: ZRecordDateSchema.nullable().optional(),
});
export type TCreatePost = z.input<typeof ZCreatePostSchema>;

export const ZUpdatePostSchema = updateOf(ZCreatePostSchema);
export type TUpdatePost = z.input<typeof ZUpdatePostSchema>;

export const ZPostSchema = ZRecordBaseSchema.extend({
  title: text(),
  url: text().nullable(),
  publishedOn: ZDateSchema.nullable(),
}).meta({ id: "Post" });
export type TPost = z.output<typeof ZPostSchema>;

export const ZPostListQuerySchema = ZRecordListQuerySchema;
export const ZPostListSchema = listOf(ZPostSchema);
