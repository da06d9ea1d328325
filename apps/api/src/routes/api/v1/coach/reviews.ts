/**
 * A linked coach's read-only view of a client's weekly reviews and their
 * effect, from the same services as the client's own routes. The
 * `/clients/:clientId` subtree has checked the link and logs every read.
 * Coaches discuss a review through `/comments` with `subjectType: "REVIEW"`.
 */
import {
  ZClientParamsSchema,
  ZClientRecordParamsSchema,
  ZReviewEffectQuerySchema,
  ZReviewEffectSchema,
  ZReviewListQuerySchema,
  ZReviewListSchema,
  ZReviewSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { getReviewEffect } from "../../../../services/reviews/get-review-effect.ts";
import { getReview } from "../../../../services/reviews/get-review.ts";
import { listReviews } from "../../../../services/reviews/list-reviews.ts";
import { EFFECT_DESCRIPTION } from "../reviews/index.ts";
import { CLIENT_ERRORS } from "./errors.ts";

const clientReviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "",
    {
      schema: {
        tags: ["coach"],
        summary: "A client's weekly reviews, newest week first (read-only)",
        params: ZClientParamsSchema,
        querystring: ZReviewListQuerySchema,
        response: { 200: ZReviewListSchema, ...CLIENT_ERRORS },
      },
    },
    async (request) => listReviews(app.db, request.params.clientId, request.query),
  );

  app.get(
    "/:id",
    {
      schema: {
        tags: ["coach"],
        summary: "One of a client's weekly reviews (read-only)",
        params: ZClientRecordParamsSchema,
        response: { 200: ZReviewSchema, ...CLIENT_ERRORS },
      },
    },
    async (request) => getReview(app.db, request.params.clientId, request.params.id),
  );

  app.get(
    "/:id/effect",
    {
      schema: {
        tags: ["coach"],
        summary: "The effect of one of a client's weekly reviews (read-only)",
        description: EFFECT_DESCRIPTION,
        params: ZClientRecordParamsSchema,
        querystring: ZReviewEffectQuerySchema,
        response: { 200: ZReviewEffectSchema, ...CLIENT_ERRORS },
      },
    },
    async (request) => getReviewEffect(app.db, request.params.clientId, request.params.id, request.query.weeks),
  );
};

export default clientReviewRoutes;
