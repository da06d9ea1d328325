/**
 * The private iCalendar feed itself: `GET /api/v1/calendar/<secret>.ics`.
 * Public (calendar apps send no Authorization header): the secret in the URL
 * is the credential, so the route is rate limited per client IP.
 */
import { ZCalendarFeedParamsSchema, ZProblemSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { readCalendarFeed } from "../../../../services/calendar/read-calendar-feed.ts";

export const CALENDAR_PATH = "/api/v1/calendar";
const FETCHES_PER_MINUTE_PER_IP = 60;

const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const perIp = app.rateLimits.define({
    name: "calendar-feed",
    quota: FETCHES_PER_MINUTE_PER_IP,
    windowSeconds: 60,
    what: "calendar feed fetches from your network",
  });
  app.get(
    "/:secret.ics",
    {
      onRequest: async (request, reply) => {
        await perIp.consume(reply, request.ip);
      },
      schema: {
        tags: ["calendar"],
        summary: "My one-on-ones and follow-ups as an iCalendar feed (the secret URL is the credential)",
        params: ZCalendarFeedParamsSchema,
        response: {
          200: { description: "An iCalendar (RFC 5545) document.", content: { "text/calendar": { schema: z.string() } } },
          400: ZProblemSchema,
          404: ZProblemSchema,
          429: ZProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const calendar = await readCalendarFeed(app.db, request.params.secret);
      return reply
        .type("text/calendar; charset=utf-8")
        .header("Content-Disposition", 'inline; filename="traction.ics"')
        .header("Cache-Control", "private, max-age=300")
        .send(calendar);
    },
  );
};

export default calendarRoutes;
