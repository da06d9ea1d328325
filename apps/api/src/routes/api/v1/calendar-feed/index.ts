/**
 * Managing one's private calendar feed: create or rotate it (the URL is in
 * that response only), see whether it exists, revoke it. A person's session
 * only: API keys get 403 (lib/api-key-policy.ts).
 */
import { ZCalendarFeedSchema, ZCalendarFeedStatusSchema, ZProblemSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { getCalendarFeed } from "../../../../services/calendar/get-calendar-feed.ts";
import { revokeCalendarFeed } from "../../../../services/calendar/revoke-calendar-feed.ts";
import { rotateCalendarFeed } from "../../../../services/calendar/rotate-calendar-feed.ts";
import { CALENDAR_PATH } from "../calendar/index.ts";
import { createIdempotently, sendCreated, ZIdempotencyHeadersSchema } from "../idempotent-create.ts";

const TAG = "calendar";
const ERRORS = { 403: ZProblemSchema, 404: ZProblemSchema } as const;

const calendarFeedRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("preHandler", app.requireRole("JOBSEEKER"));

  app.post(
    "",
    {
      schema: {
        tags: [TAG],
        summary: "Create my calendar feed, or rotate its secret URL (the old one stops working at once)",
        description:
          "Returns the feed's URL this once; Traction keeps only a hash of its secret. The feed " +
          "(`GET /api/v1/calendar/<secret>.ics`, no Authorization header: the secret is the credential) lists " +
          "scheduled one-on-ones (one hour each) and follow-ups not done with a due date (all-day events).",
        headers: ZIdempotencyHeadersSchema,
        response: { 201: ZCalendarFeedSchema, 400: ZProblemSchema, 409: ZProblemSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const origin = app.config.PUBLIC_URL?.replace(/\/+$/, "") ?? `${request.protocol}://${request.host}`;
      const feed = await createIdempotently(
        request,
        reply,
        ZCalendarFeedSchema,
        async (tx) => {
          const { secret, createdAt } = await rotateCalendarFeed(tx, request.user.id);
          return { url: `${origin}${CALENDAR_PATH}/${secret}.ics`, createdAt };
        },
        { secret: true },
      );
      return sendCreated(reply, "/api/v1/calendar-feed", feed);
    },
  );

  app.get(
    "",
    {
      schema: {
        tags: [TAG],
        summary: "Whether I have a calendar feed, and when a calendar last read it (404 when none)",
        response: { 200: ZCalendarFeedStatusSchema, ...ERRORS },
      },
    },
    async (request) => getCalendarFeed(app.db, request.user.id),
  );

  app.delete(
    "",
    {
      schema: {
        tags: [TAG],
        summary: "Revoke my calendar feed (its URL answers 404 from now on)",
        response: { 204: z.null(), ...ERRORS },
      },
    },
    async (request, reply) => {
      await revokeCalendarFeed(app.db, request.user.id);
      return reply.code(204).send(null);
    },
  );
};

export default calendarFeedRoutes;
