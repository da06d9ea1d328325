/**
 * Registration, sign-in and the refresh-cookie session. Every /auth answer
 * reports its limits in `RateLimit-Policy`/`RateLimit` headers (counters shared
 * by all API processes, see plugins/app/rate-limits.ts):
 * - login and register: attempts per client address, and registrations per email;
 * - wrong passwords per email *and* address: past the quota each further failure
 *   doubles a backoff for that pair only, so an attacker slows themself down and
 *   the owner still signs in from anywhere else; a success clears the count;
 * - refresh and logout: their own generous budget per address (a refresh proves
 *   possession of a token, and a dashboard refreshes on every page load).
 */
import {
  ZAccessTokenResponseSchema,
  ZAuthResponseSchema,
  ZLoginRequestSchema,
  ZProblemSchema,
  ZRegisterRequestSchema,
} from "@traction/schemas";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError, sessionEnded } from "../../../../lib/errors.ts";
import { loginUser } from "../../../../services/auth/login-user.ts";
import { issueRefreshToken, revokeRefreshToken, rotateRefreshToken } from "../../../../services/auth/refresh-tokens.ts";
import { registerUser } from "../../../../services/auth/register-user.ts";
import { validateKey } from "../../../../services/records/idempotency.ts";
import { REPLAYED_HEADER, sendCreated, ZIdempotencyHeadersSchema } from "../idempotent-create.ts";

export const REFRESH_COOKIE = "traction_refresh";
const COOKIE_PATH = "/api/v1/auth";
/** How long wrong passwords for one email from one address are remembered (a success forgets them). */
export const LOGIN_FAILURE_MEMORY_SECONDS = 3_600;
/** The longest backoff a run of wrong passwords earns. */
export const LOGIN_BACKOFF_MAX_SECONDS = 3_600;

/** Tells the browser to drop the refresh cookie (sign-out, account deleted). */
export function clearRefreshCookie(reply: FastifyReply): void {
  const secure = reply.server.config.NODE_ENV === "production";
  reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH, httpOnly: true, sameSite: "lax", secure });
}

/** Gives the browser a new refresh cookie (e.g. the caller's fresh session after a password change). */
export function setRefreshCookie(reply: FastifyReply, token: string): void {
  const { config } = reply.server;
  reply.setCookie(REFRESH_COOKIE, token, {
    path: COOKIE_PATH,
    httpOnly: true,
    sameSite: "lax",
    secure: config.NODE_ENV === "production",
    maxAge: config.REFRESH_TOKEN_TTL_DAYS * 86_400,
  });
}

const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config } = app;
  const secureCookie = config.NODE_ENV === "production";
  const windowSeconds = config.AUTH_RATE_LIMIT_WINDOW_SECONDS;
  const limits = {
    login: app.rateLimits.define({
      name: "login",
      quota: config.AUTH_RATE_LIMIT_PER_IP,
      windowSeconds,
      what: "sign-in attempts from your network",
    }),
    loginFailures: app.rateLimits.define({
      name: "login-failures",
      quota: config.AUTH_RATE_LIMIT_PER_EMAIL,
      windowSeconds: LOGIN_FAILURE_MEMORY_SECONDS,
      what: "wrong passwords for this email from your network",
    }),
    register: app.rateLimits.define({
      name: "register",
      quota: config.AUTH_RATE_LIMIT_PER_IP,
      windowSeconds,
      what: "registrations from your network",
    }),
    registerEmail: app.rateLimits.define({
      name: "register-email",
      quota: config.AUTH_RATE_LIMIT_PER_EMAIL,
      windowSeconds,
      what: "registrations with this email",
    }),
    session: app.rateLimits.define({
      name: "session",
      quota: config.AUTH_REFRESH_RATE_LIMIT_PER_IP,
      windowSeconds,
      what: "session refreshes from your network",
    }),
  };
  // The failure count and the backoff it earns are kept apart: a block must not erase the count.
  const loginBackoff = app.rateLimits.define({
    name: "login-backoff",
    quota: 1,
    windowSeconds: LOGIN_BACKOFF_MAX_SECONDS,
    what: "wrong passwords for this email from your network",
  });
  const failureKey = (request: FastifyRequest, email: string) => `${email}\n${request.ip}`;
  /** A wrong password: counted; from the quota on, each one doubles the pair's backoff (one window first). */
  const countFailure = async (reply: FastifyReply, key: string) => {
    const { state, used } = await limits.loginFailures.hit(key);
    if (used < limits.loginFailures.policy.quota) return limits.loginFailures.report(reply, state);
    const backoffSeconds = Math.min(windowSeconds * 2 ** (used - limits.loginFailures.policy.quota), LOGIN_BACKOFF_MAX_SECONDS);
    await loginBackoff.block(key, backoffSeconds);
    limits.loginFailures.report(reply, { ...state, remaining: 0, resetSeconds: backoffSeconds });
  };

  const setRefreshCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(REFRESH_COOKIE, token, {
      path: COOKIE_PATH,
      httpOnly: true,
      sameSite: "lax",
      secure: secureCookie,
      maxAge: config.REFRESH_TOKEN_TTL_DAYS * 86_400,
    });

  const errors = { 400: ZProblemSchema, 401: ZProblemSchema, 429: ZProblemSchema };

  app.post(
    "/register",
    {
      onRequest: async (request, reply) => {
        await limits.register.consume(reply, request.ip);
      },
      // After validation, so the email is normalised.
      preHandler: async (request, reply) => {
        await limits.registerEmail.consume(reply, (request.body as { email: string }).email);
      },
      schema: {
        tags: ["auth"],
        summary: "Create an account (role chosen here, once)",
        description:
          "With `Idempotency-Key`, the same registration (password included) sent again within 24 h answers 201 with " +
          "the same `user` and `Idempotent-Replayed: true` instead of 409, with new tokens (Traction stores none), " +
          "and creates nothing. `Location` is `/api/v1/me`.",
        headers: ZIdempotencyHeadersSchema,
        body: ZRegisterRequestSchema,
        response: { 201: ZAuthResponseSchema, 409: ZProblemSchema, ...errors },
      },
    },
    async (request, reply) => {
      const key = validateKey(request.headers["idempotency-key"]);
      const { user, replayed } = await registerUser(app.db, request.body, app.mail.publicUrl(request), key);
      if (replayed) reply.header(REPLAYED_HEADER, "true");
      else app.mail.kick();
      setRefreshCookie(reply, await issueRefreshToken(app.db, user.id, config.REFRESH_TOKEN_TTL_DAYS));
      return sendCreated(reply, "/api/v1/me", { user, accessToken: app.signAccessToken(user) });
    },
  );

  app.post(
    "/login",
    {
      onRequest: async (request, reply) => {
        await limits.login.consume(reply, request.ip);
      },
      // A pair (email, address) in its backoff is refused before any password is checked.
      preHandler: async (request, reply) => {
        const key = failureKey(request, (request.body as { email: string }).email);
        const [failures, backoff] = await Promise.all([limits.loginFailures.peek(key), loginBackoff.peek(key)]);
        if (backoff.used > 1) {
          throw limits.loginFailures.refuse(reply, { ...failures.state, remaining: 0, resetSeconds: backoff.state.resetSeconds });
        }
        limits.loginFailures.report(reply, failures.state);
      },
      schema: {
        tags: ["auth"],
        summary: "Sign in",
        body: ZLoginRequestSchema,
        response: { 200: ZAuthResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const key = failureKey(request, request.body.email);
      const user = await loginUser(app.db, request.body.email, request.body.password).catch(async (error: unknown) => {
        if (error instanceof AppError && error.code === "UNAUTHORIZED") await countFailure(reply, key);
        throw error;
      });
      await Promise.all([limits.loginFailures.reset(key), loginBackoff.reset(key)]);
      setRefreshCookie(reply, await issueRefreshToken(app.db, user.id, config.REFRESH_TOKEN_TTL_DAYS));
      return { user, accessToken: app.signAccessToken(user) };
    },
  );

  const limitSession = async (request: FastifyRequest, reply: FastifyReply) => {
    await limits.session.consume(reply, request.ip);
  };

  app.post(
    "/refresh",
    {
      onRequest: limitSession,
      schema: {
        tags: ["auth"],
        summary: "Exchange the refresh cookie for a new access token (the cookie rotates)",
        response: { 200: ZAccessTokenResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const token = request.cookies[REFRESH_COOKIE];
      if (!token) throw sessionEnded("No session: sign in");
      const { user, refreshToken } = await rotateRefreshToken(app.db, token, config.REFRESH_TOKEN_TTL_DAYS);
      setRefreshCookie(reply, refreshToken);
      return { accessToken: app.signAccessToken(user) };
    },
  );

  app.post(
    "/logout",
    {
      onRequest: limitSession,
      schema: {
        tags: ["auth"],
        summary: "Revoke the refresh cookie's session",
        response: { 204: z.null(), 429: ZProblemSchema },
      },
    },
    async (request, reply) => {
      const token = request.cookies[REFRESH_COOKIE];
      if (token) await revokeRefreshToken(app.db, token);
      clearRefreshCookie(reply);
      return reply.code(204).send(null);
    },
  );
};

export default authRoutes;
