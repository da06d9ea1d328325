/**
 * My weekly reviews: write one per week (with a snapshot of the week's
 * insights, and optionally new weekly targets for the plan), read, edit and
 * delete them, and see their effect on the weeks that followed.
 */
import {
  ZIdParamsSchema,
  ZProblemSchema,
  ZCreateReviewSchema,
  ZReviewEffectQuerySchema,
  ZReviewEffectSchema,
  ZReviewListQuerySchema,
  ZReviewListSchema,
  ZReviewSchema,
  ZUpdateReviewSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { createReview } from "../../../../services/reviews/create-review.ts";
import { deleteReview } from "../../../../services/reviews/delete-review.ts";
import { getReviewEffect } from "../../../../services/reviews/get-review-effect.ts";
import { getReview } from "../../../../services/reviews/get-review.ts";
import { listReviews } from "../../../../services/reviews/list-reviews.ts";
import { updateReview } from "../../../../services/reviews/update-review.ts";
import { createIdempotently, sendCreated, ZIdempotencyHeadersSchema } from "../idempotent-create.ts";
import { etagOf, parseIfMatch, ZIfMatchHeadersSchema } from "../../../../lib/etag.ts";

const ERRORS = { 400: ZProblemSchema, 403: ZProblemSchema, 404: ZProblemSchema } as const;

export const EFFECT_DESCRIPTION =
  "Weekly means of events, hours, new contacts, conversations, one-on-ones done and leads over the `weeks` weeks " +
  "before the reviewed week against the `weeks` weeks after it, and the share of conversations that mentioned the " +
  "search over each side. Only complete weeks count: `after.weeks` grows as weeks pass (its means are null until " +
  "one week after the review is over). Weeks start on Monday in the user's time zone.";

const reviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("preHandler", app.requireRole("JOBSEEKER"));

  app.get(
    "",
    {
      schema: {
        tags: ["reviews"],
        summary: "My weekly reviews, newest week first",
        querystring: ZReviewListQuerySchema,
        response: { 200: ZReviewListSchema, ...ERRORS },
      },
    },
    async (request) => listReviews(app.db, request.user.id, request.query),
  );

  app.post(
    "",
    {
      schema: {
        tags: ["reviews"],
        summary: "Review a week: what went well, what to change, adjustments and (optionally) new weekly targets",
        description:
          "Stores a snapshot of the week's numbers, targets, tips and findings (the insights of `weekStart` to the " +
          "Sunday after). `weeklyTargets` also become the plan's, in the same transaction. One review per week: a " +
          "second one is a 409. `weekStart` must be a Monday of a week that has started in your time zone.",
        headers: ZIdempotencyHeadersSchema,
        body: ZCreateReviewSchema,
        response: { 201: ZReviewSchema, 409: ZProblemSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const review = await createIdempotently(request, reply, ZReviewSchema, (tx) =>
        createReview(tx, request.user.id, request.body),
      );
      return sendCreated(reply, `/api/v1/reviews/${review.id}`, review);
    },
  );

  app.get(
    "/:id",
    {
      schema: {
        tags: ["reviews"],
        summary: "One of my weekly reviews",
        params: ZIdParamsSchema,
        response: { 200: ZReviewSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const review = await getReview(app.db, request.user.id, request.params.id);
      return reply.header("ETag", etagOf(review.updatedAt)).send(review);
    },
  );

  app.patch(
    "/:id",
    {
      schema: {
        tags: ["reviews"],
        summary: "Edit a review (its week and snapshot stay as they were)",
        description: "New `weeklyTargets` also become the plan's, in the same transaction.",
        params: ZIdParamsSchema,
        headers: ZIfMatchHeadersSchema,
        body: ZUpdateReviewSchema,
        response: { 200: ZReviewSchema, 412: ZProblemSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const ifMatch = parseIfMatch(request.headers["if-match"]);
      const review = await app.db.$transaction((tx) =>
        updateReview(tx, request.user.id, request.params.id, request.body, ifMatch),
      );
      return reply.header("ETag", etagOf(review.updatedAt)).send(review);
    },
  );

  app.delete(
    "/:id",
    {
      schema: {
        tags: ["reviews"],
        summary: "Delete a review (and the comments on it); the plan keeps its targets",
        params: ZIdParamsSchema,
        headers: ZIfMatchHeadersSchema,
        response: { 204: z.null(), 412: ZProblemSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const ifMatch = parseIfMatch(request.headers["if-match"]);
      await app.db.$transaction((tx) => deleteReview(tx, request.user.id, request.params.id, ifMatch));
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/:id/effect",
    {
      schema: {
        tags: ["reviews"],
        summary: "Did the readjustment work? The weeks before the review against the weeks after it",
        description: EFFECT_DESCRIPTION,
        params: ZIdParamsSchema,
        querystring: ZReviewEffectQuerySchema,
        response: { 200: ZReviewEffectSchema, ...ERRORS },
      },
    },
    async (request) => getReviewEffect(app.db, request.user.id, request.params.id, request.query.weeks),
  );
};

export default reviewRoutes;
