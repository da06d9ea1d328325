import { ZUserSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { getUser } from "../../../../services/users/get-user.ts";
import accountRoutes from "./account.ts";
import settingsRoutes from "./settings.ts";

const meRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get("", { schema: { tags: ["auth"], summary: "The signed-in account", response: { 200: ZUserSchema } } }, async (request) =>
    getUser(app.db, request.user.id),
  );
  await app.register(accountRoutes);
  await app.register(settingsRoutes);
};

export default meRoutes;
