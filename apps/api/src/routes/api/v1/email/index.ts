/**
 * One-click unsubscribe (RFC 8058), without signing in: every email about a
 * topic carries `List-Unsubscribe: <…/api/v1/email/unsubscribe?token=…>` and
 * `List-Unsubscribe-Post: List-Unsubscribe=One-Click`. Mail clients POST to it;
 * a person who opens the link gets a page with one button (a GET never
 * unsubscribes: link scanners follow links).
 */
import { ZProblemSchema, ZUnsubscribeQuerySchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { invalid } from "../../../../lib/errors.ts";
import { readUnsubscribeToken } from "../../../../lib/unsubscribe-token.ts";
import { unsubscribe } from "../../../../services/account/notification-settings.ts";

const TOPIC_NAMES = { weeklyDigest: "the weekly digest", reminders: "reminders" } as const;
const BAD_LINK = "This unsubscribe link is not one Traction sent; use the one in your latest email, or Settings";

const HTML_PAGE = { description: "An HTML page", content: { "text/html": { schema: z.string() } } };

const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · Traction</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#0f172a">
<h1 style="font-size:1.25rem">${title}</h1>${body}</body></html>`;

const emailRoutes: FastifyPluginAsyncZod = async (app) => {
  // Mail clients send the one-click POST as a form (RFC 8058); its body says nothing we need.
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: 1_024 },
    (_request, _body, done) => done(null, undefined),
  );
  const read = (token: string) => {
    const target = readUnsubscribeToken(app.config.JWT_SECRET, token);
    if (!target) throw invalid([{ path: "token", message: BAD_LINK }], BAD_LINK);
    return target;
  };

  app.get(
    "/unsubscribe",
    {
      schema: {
        tags: ["account"],
        summary: "The page an unsubscribe link opens: one button, which unsubscribes",
        security: [],
        querystring: ZUnsubscribeQuerySchema,
        response: { 200: HTML_PAGE, 400: ZProblemSchema },
      },
    },
    async (request, reply) => {
      const { topic } = read(request.query.token);
      const action = `?token=${encodeURIComponent(request.query.token)}`;
      return reply
        .type("text/html; charset=utf-8")
        .send(
          page(
            `Stop ${TOPIC_NAMES[topic]}?`,
            `<form method="post" action="${action}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe from ${TOPIC_NAMES[topic]}</button></form><p>You can turn it back on in Settings at any time.</p>`,
          ),
        );
    },
  );

  app.post(
    "/unsubscribe",
    {
      schema: {
        tags: ["account"],
        summary: "One-click unsubscribe (RFC 8058): turns the link's topic off, no sign-in needed",
        security: [],
        querystring: ZUnsubscribeQuerySchema,
        response: { 200: HTML_PAGE, 400: ZProblemSchema },
      },
    },
    async (request, reply) => {
      const { userId, topic } = read(request.query.token);
      await unsubscribe(app.db, userId, topic);
      return reply
        .type("text/html; charset=utf-8")
        .send(
          page("Unsubscribed", `<p>You will no longer get ${TOPIC_NAMES[topic]}. Turn it back on in Settings at any time.</p>`),
        );
    },
  );
};

export default emailRoutes;
