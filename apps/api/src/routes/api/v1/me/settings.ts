/** Account settings: name and time zone, and the password. A signed-in session only (never an API key). */
import { ZChangePasswordSchema, ZProblemSchema, ZUpdateMeSchema, ZUserSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { changePassword } from "../../../../services/users/change-password.ts";
import { updateUser } from "../../../../services/users/update-user.ts";
import { setRefreshCookie } from "../auth/index.ts";

const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.patch(
    "",
    {
      schema: {
        tags: ["account"],
        summary: "Change my name, time zone or email",
        description:
          'Fields left out stay as they are. `timezone` is an IANA name (`Europe/Paris`); weeks, "today" and the ' +
          "default insights period follow it. A new `email` is used once confirmed: a link goes to it, and the " +
          "current address is told; the answer still shows the current address (409 when another account uses it). " +
          "Not with an API key.",
        body: ZUpdateMeSchema,
        response: { 200: ZUserSchema, 400: ZProblemSchema, 403: ZProblemSchema, 409: ZProblemSchema },
      },
    },
    async (request) => {
      const { user, mailQueued } = await updateUser(app.db, request.user.id, request.body, app.mail.publicUrl(request));
      if (mailQueued) app.mail.kick();
      return user;
    },
  );

  app.post(
    "/password",
    {
      schema: {
        tags: ["account"],
        summary: "Change my password",
        description:
          "`currentPassword` must be the account's password (else 400 naming it); `newPassword` follows the " +
          "registration rules. Every other session is signed out: all refresh tokens of the account are revoked, " +
          "and this session gets a new refresh cookie. Not with an API key.",
        body: ZChangePasswordSchema,
        response: { 204: z.null(), 400: ZProblemSchema, 403: ZProblemSchema },
      },
    },
    async (request, reply) => {
      const token = await changePassword(app.db, request.user.id, request.body, app.config.REFRESH_TOKEN_TTL_DAYS);
      setRefreshCookie(reply, token);
      return reply.code(204).send(null);
    },
  );
};

export default settingsRoutes;
