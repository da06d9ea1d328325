/**
 * Comment threads on a client's weeks and records, shared by the client and
 * their active coaches. Anyone else gets 404; only the author edits or deletes.
 */
import {
  ZCommentListQuerySchema,
  ZCommentListSchema,
  ZCommentSchema,
  ZCreateCommentSchema,
  ZIdParamsSchema,
  ZProblemSchema,
  ZUpdateCommentSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { createComment } from "../../../../services/comments/create-comment.ts";
import { deleteComment } from "../../../../services/comments/delete-comment.ts";
import { getComment } from "../../../../services/comments/get-comment.ts";
import { listComments } from "../../../../services/comments/list-comments.ts";
import { updateComment } from "../../../../services/comments/update-comment.ts";
import { logReads } from "../../../../services/access-log/insert-access-log.ts";
import { etagOf, parseIfMatch, ZIfMatchHeadersSchema } from "../../../../lib/etag.ts";
import { createIdempotently, sendCreated, ZIdempotencyHeadersSchema } from "../idempotent-create.ts";

const ERRORS = { 400: ZProblemSchema, 403: ZProblemSchema, 404: ZProblemSchema } as const;
const STALE = { 412: ZProblemSchema } as const;

const commentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "",
    {
      schema: {
        tags: ["comments"],
        summary: "A client's comments, newest first (optionally one subject's thread)",
        description:
          "For the client and their active coaches; a coach's read is recorded in the client's access log as `comments` before the page is sent.",
        querystring: ZCommentListQuerySchema,
        response: { 200: ZCommentListSchema, ...ERRORS },
      },
    },
    async (request) => {
      const page = await listComments(app.db, request.user, request.query);
      if (request.user.role === "COACH") await logReads(app.db, request.user.id, [request.query.clientId], "comments");
      return page;
    },
  );

  app.get(
    "/:id",
    {
      schema: {
        tags: ["comments"],
        summary: "One comment",
        description: "For the client and their active coaches (a coach's read goes to the client's access log as `comments`).",
        params: ZIdParamsSchema,
        response: { 200: ZCommentSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const comment = await getComment(app.db, request.user, request.params.id);
      if (request.user.role === "COACH") await logReads(app.db, request.user.id, [comment.clientId], "comments");
      return reply.header("ETag", etagOf(comment.updatedAt)).send(comment);
    },
  );

  app.post(
    "",
    {
      schema: {
        tags: ["comments"],
        summary: "Comment on a client's week or record, or reply in a thread",
        description:
          "`subjectType` WEEK takes the week's Monday (`YYYY-MM-DD`) as `subjectId`, PLAN the plan's id, the others " +
          "the record's id; the subject must be the client's (else 400 naming `subjectId`). A reply's `parentId` " +
          "must be a comment on the same subject.",
        headers: ZIdempotencyHeadersSchema,
        body: ZCreateCommentSchema,
        response: { 201: ZCommentSchema, 409: ZProblemSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const comment = await createIdempotently(request, reply, ZCommentSchema, (tx) =>
        createComment(tx, request.user, request.body),
      );
      return sendCreated(reply, `/api/v1/comments/${comment.id}`, comment);
    },
  );

  app.patch(
    "/:id",
    {
      schema: {
        tags: ["comments"],
        summary: "Edit my comment",
        params: ZIdParamsSchema,
        headers: ZIfMatchHeadersSchema,
        body: ZUpdateCommentSchema,
        response: { 200: ZCommentSchema, ...ERRORS, ...STALE },
      },
    },
    async (request, reply) => {
      const ifMatch = parseIfMatch(request.headers["if-match"]);
      const updated = await app.db.$transaction((tx) =>
        updateComment(tx, request.user, request.params.id, request.body, ifMatch),
      );
      return reply.header("ETag", etagOf(updated.updatedAt)).send(updated);
    },
  );

  app.delete(
    "/:id",
    {
      schema: {
        tags: ["comments"],
        summary: "Delete my comment (and the replies to it)",
        params: ZIdParamsSchema,
        headers: ZIfMatchHeadersSchema,
        response: { 204: z.null(), ...ERRORS, ...STALE },
      },
    },
    async (request, reply) => {
      await deleteComment(app.db, request.user, request.params.id, parseIfMatch(request.headers["if-match"]));
      return reply.code(204).send(null);
    },
  );
};

export default commentRoutes;
