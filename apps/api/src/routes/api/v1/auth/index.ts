/**
 * Registration, sign-in and the refresh-cookie session. Login and register are
 * rate limited per client IP (@fastify/rate-limit) and per email.
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
import { AppError, unauthorized } from "../../../../lib/errors.ts";
import { FixedWindowLimiter } from "../../../../lib/fixed-window-limiter.ts";
import { loginUser } from "../../../../services/auth/login-user.ts";
import { issueRefreshToken, revokeRefreshToken, rotateRefreshToken } from "../../../../services/auth/refresh-tokens.ts";
import { registerUser } from "../../../../services/auth/register-user.ts";

export const REFRESH_COOKIE = "traction_refresh";
const COOKIE_PATH = "/api/v1/auth";

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
  const windowMs = config.AUTH_RATE_LIMIT_WINDOW_SECONDS * 1000;
  const perEmail = new FixedWindowLimiter(config.AUTH_RATE_LIMIT_PER_EMAIL, windowMs);

  const perIpLimit = {
    rateLimit: {
      max: config.AUTH_RATE_LIMIT_PER_IP,
      timeWindow: windowMs,
      keyGenerator: (request: FastifyRequest) => request.ip,
    },
  };
  // Runs after validation, so the email is already normalised.
  const limitPerEmail = async (request: FastifyRequest, reply: FastifyReply) => {
    const { email } = request.body as { email: string };
    const result = perEmail.hit(`${request.routeOptions.url}:${email}`);
    if (!result.allowed) {
      reply.header("Retry-After", String(result.retryAfterSeconds));
      throw new AppError("RATE_LIMITED", `Too many attempts for this email; retry in ${result.retryAfterSeconds} s`);
    }
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
      config: perIpLimit,
      preHandler: limitPerEmail,
      schema: {
        tags: ["auth"],
        summary: "Create an account (role chosen here, once)",
        body: ZRegisterRequestSchema,
        response: { 201: ZAuthResponseSchema, 409: ZProblemSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = await registerUser(app.db, request.body);
      setRefreshCookie(reply, await issueRefreshToken(app.db, user.id, config.REFRESH_TOKEN_TTL_DAYS));
      return reply.code(201).send({ user, accessToken: app.signAccessToken(user) });
    },
  );

  app.post(
    "/login",
    {
      config: perIpLimit,
      preHandler: limitPerEmail,
      schema: {
        tags: ["auth"],
        summary: "Sign in",
        body: ZLoginRequestSchema,
        response: { 200: ZAuthResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = await loginUser(app.db, request.body.email, request.body.password);
      setRefreshCookie(reply, await issueRefreshToken(app.db, user.id, config.REFRESH_TOKEN_TTL_DAYS));
      return { user, accessToken: app.signAccessToken(user) };
    },
  );

  app.post(
    "/refresh",
    {
      config: perIpLimit,
      schema: {
        tags: ["auth"],
        summary: "Exchange the refresh cookie for a new access token (the cookie rotates)",
        response: { 200: ZAccessTokenResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const token = request.cookies[REFRESH_COOKIE];
      if (!token) throw unauthorized("No refresh cookie");
      const { user, refreshToken } = await rotateRefreshToken(app.db, token, config.REFRESH_TOKEN_TTL_DAYS);
      setRefreshCookie(reply, refreshToken);
      return { accessToken: app.signAccessToken(user) };
    },
  );

  app.post(
    "/logout",
    { schema: { tags: ["auth"], summary: "Revoke the refresh cookie's session", response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[REFRESH_COOKIE];
      if (token) await revokeRefreshToken(app.db, token);
      clearRefreshCookie(reply);
      return reply.code(204).send(null);
    },
  );
};

export default authRoutes;
