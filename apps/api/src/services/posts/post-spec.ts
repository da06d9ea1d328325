import { Prisma, type Post } from "@traction/db";
import type { TCreatePost, TPost, TUpdatePost } from "@traction/schemas";
import type { RecordSpec } from "../records/record-spec.ts";

export const postSpec: RecordSpec<Post, TPost, TCreatePost, TUpdatePost, object> = {
  noun: "Post",
  model: (db) => db.post,
  table: { name: "Post", columns: Prisma.PostScalarFieldEnum },
};
