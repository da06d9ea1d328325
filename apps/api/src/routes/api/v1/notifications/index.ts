/** `GET`/`PUT /me/notifications`: which emails the caller gets. */
import { ZNotificationSettingsSchema, ZProblemSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { getNotificationSettings, putNotificationSettings } from "../../../../services/account/notification-settings.ts";

const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "",
    {
      schema: {
        tags: ["account"],
        summary: "Which emails you get",
        response: { 200: ZNotificationSettingsSchema },
      },
    },
    async (request) => getNotificationSettings(app.db, request.user.id),
  );

  app.put(
    "",
    {
      schema: {
        tags: ["account"],
        summary: "Choose which emails you get",
        body: ZNotificationSettingsSchema,
        response: { 200: ZNotificationSettingsSchema, 400: ZProblemSchema },
      },
    },
    async (request) => putNotificationSettings(app.db, request.user.id, request.body),
  );
};

export default notificationRoutes;
