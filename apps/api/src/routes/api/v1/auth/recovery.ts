/**
 * Account recovery and email verification, without a session:
 * - `POST /auth/password-reset` answers 202 whether or not the account exists,
 *   never sooner than a fixed floor, so timing tells nothing either; limited
 *   per client address and per email;
 * - `POST /auth/password-reset/confirm` sets the password from the emailed
 *   token (single use, 1 h) and signs the account out everywhere;
 * - `POST /auth/verify-email` proves an address from its emailed token.
 */
import {
  ZAcceptedSchema,
  ZPasswordResetConfirmSchema,
  ZPasswordResetRequestSchema,
  ZProblemSchema,
  ZVerifyEmailSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { confirmPasswordReset } from "../../../../services/auth/confirm-password-reset.ts";
import { requestPasswordReset } from "../../../../services/auth/request-password-reset.ts";
import { verifyEmail } from "../../../../services/auth/verify-email.ts";
import { checkNewPassword } from "./password-policy.ts";

/** Every reset request takes at least this long, known address or not. */
export const RESET_RESPONSE_FLOOR_MS = 400;
const RESET_EMAILS_PER_HOUR = 5;

const recoveryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config } = app;
  const perAddress = app.rateLimits.define({
    name: "password-reset",
    quota: config.AUTH_RATE_LIMIT_PER_IP,
    windowSeconds: config.AUTH_RATE_LIMIT_WINDOW_SECONDS,
    what: "password reset requests from your network",
  });
  const perEmail = app.rateLimits.define({
    name: "password-reset-email",
    quota: RESET_EMAILS_PER_HOUR,
    windowSeconds: 3_600,
    what: "password reset emails to this address",
  });
  const verifications = app.rateLimits.define({
    name: "verify-email",
    quota: config.AUTH_RATE_LIMIT_PER_IP,
    windowSeconds: config.AUTH_RATE_LIMIT_WINDOW_SECONDS,
    what: "confirmation attempts from your network",
  });

  app.post(
    "/password-reset",
    {
      onRequest: async (request, reply) => {
        await perAddress.consume(reply, request.ip);
      },
      preHandler: async (request, reply) => {
        await perEmail.consume(reply, request.body.email);
      },
      schema: {
        tags: ["auth"],
        summary: "Email a single-use password reset link (202 whether or not the account exists)",
        body: ZPasswordResetRequestSchema,
        response: { 202: ZAcceptedSchema, 400: ZProblemSchema, 429: ZProblemSchema },
      },
    },
    async (request, reply) => {
      const floor = sleep(RESET_RESPONSE_FLOOR_MS);
      await requestPasswordReset(app.db, request.body.email, app.mail.publicUrl(request));
      app.mail.kick();
      await floor;
      return reply.code(202).send({
        detail:
          "If an account uses this address, an email with a link to choose a new password is on its way. The link works once, for one hour.",
      });
    },
  );

  app.post(
    "/password-reset/confirm",
    {
      onRequest: async (request, reply) => {
        await verifications.consume(reply, request.ip);
      },
      schema: {
        tags: ["auth"],
        summary: "Choose a new password from a reset link; every session of the account ends",
        body: ZPasswordResetConfirmSchema,
        response: { 204: z.null(), 400: ZProblemSchema, 429: ZProblemSchema },
      },
    },
    async (request, reply) => {
      await confirmPasswordReset(app.db, request.body.token, request.body.password, (owner) =>
        checkNewPassword(request.body.password, owner),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/verify-email",
    {
      onRequest: async (request, reply) => {
        await verifications.consume(reply, request.ip);
      },
      schema: {
        tags: ["auth"],
        summary: "Confirm an email address from its emailed link",
        body: ZVerifyEmailSchema,
        response: { 204: z.null(), 400: ZProblemSchema, 409: ZProblemSchema, 429: ZProblemSchema },
      },
    },
    async (request, reply) => {
      await verifyEmail(app.db, request.body.token);
      return reply.code(204).send(null);
    },
  );
};

export default recoveryRoutes;
