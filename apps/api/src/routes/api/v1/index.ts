/**
 * The /api/v1 tree. Public routes first; everything else sits in one
 * authenticated scope whose hook runs once for the whole subtree.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ZProblemSchema } from "@traction/schemas";
import { apiKeyGuard } from "../../../lib/api-key-policy.ts";
import apiKeyRoutes from "./api-keys/index.ts";
import calendarFeedRoutes from "./calendar-feed/index.ts";
import deletionRoutes from "./deletions/index.ts";
import calendarRoutes from "./calendar/index.ts";
import importRoutes from "./imports/index.ts";
import webhookRoutes from "./webhooks/index.ts";
import accessLogRoutes from "./access-log/index.ts";
import authRoutes from "./auth/index.ts";
import recoveryRoutes from "./auth/recovery.ts";
import emailRoutes from "./email/index.ts";
import notificationRoutes from "./notifications/index.ts";
import coachInviteRoutes from "./coach-invites/index.ts";
import coachRoutes from "./coach/index.ts";
import coachesRoutes from "./coaches/index.ts";
import commentRoutes from "./comments/index.ts";
import insightsRoutes from "./insights/index.ts";
import meRoutes from "./me/index.ts";
import recordRoutes from "./records/index.ts";
import reviewRoutes from "./reviews/index.ts";
import orgRoutes from "./orgs/index.ts";
import orgInviteRoutes from "./org-invites/index.ts";
import enrolmentRoutes from "./enrolments/index.ts";
import targetSuggestionRoutes from "./target-suggestions/index.ts";

export const AUTH_ERRORS = { 401: ZProblemSchema } as const;

const v1Routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(authRoutes, { prefix: "/auth" });
  await app.register(recoveryRoutes, { prefix: "/auth" });
  // Unsubscribe links work without signing in (RFC 8058): the token is the credential.
  await app.register(emailRoutes, { prefix: "/email" });
  // The feed's secret URL is its credential (calendar apps send no Authorization header).
  await app.register(calendarRoutes, { prefix: "/calendar" });

  await app.register(async (authenticated) => {
    authenticated.addHook("onRequest", app.authenticate);
    // What an API key may do (scopes, session-only routes, its rate limit): decided here, once.
    const perApiKey = app.rateLimits.define({
      name: "api-key",
      quota: app.config.API_KEY_RATE_LIMIT,
      windowSeconds: app.config.API_KEY_RATE_LIMIT_WINDOW_SECONDS,
      what: "requests with this API key",
    });
    authenticated.addHook("onRequest", apiKeyGuard(perApiKey));
    authenticated.addHook("onRoute", (route) => {
      // Document the bearer requirement and the 401 on every authenticated route.
      route.schema = {
        ...route.schema,
        security: [{ bearerAuth: [] }],
        response: { ...AUTH_ERRORS, ...(route.schema?.response as object | undefined) },
      };
    });
    await authenticated.register(meRoutes, { prefix: "/me" });
    await authenticated.register(notificationRoutes, { prefix: "/me/notifications" });
    await authenticated.register(apiKeyRoutes, { prefix: "/api-keys" });
    await authenticated.register(calendarFeedRoutes, { prefix: "/calendar-feed" });
    await authenticated.register(importRoutes, { prefix: "/imports" });
    await authenticated.register(webhookRoutes, { prefix: "/webhooks" });
    await authenticated.register(recordRoutes);
    await authenticated.register(insightsRoutes, { prefix: "/insights" });
    await authenticated.register(accessLogRoutes, { prefix: "/me/access-log" });
    await authenticated.register(coachInviteRoutes, { prefix: "/coach-invites" });
    await authenticated.register(coachesRoutes, { prefix: "/coaches" });
    await authenticated.register(coachRoutes, { prefix: "/coach" });
    await authenticated.register(commentRoutes, { prefix: "/comments" });
    await authenticated.register(targetSuggestionRoutes, { prefix: "/target-suggestions" });
    await authenticated.register(reviewRoutes, { prefix: "/reviews" });
    await authenticated.register(deletionRoutes, { prefix: "/deletions" });
    await authenticated.register(orgRoutes, { prefix: "/orgs" });
    await authenticated.register(orgInviteRoutes, { prefix: "/org-invites" });
    await authenticated.register(enrolmentRoutes, { prefix: "/enrolments" });
  });
};

export default v1Routes;
