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
        response: { 201: ZCalendarFeedSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const { secret, createdAt } = await rotateCalendarFeed(app.db, request.user.id);
      const origin = app.config.PUBLIC_URL?.replace(/\/+$/, "") ?? `${request.protocol}://${request.host}`;
      const url = `${origin}${CALENDAR_PATH}/${secret}.ics`;
      return reply.code(201).send({ url, createdAt });
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
