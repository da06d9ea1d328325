import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZProblemSchema } from "@traction/schemas";

const ZStatusSchema = z.object({ status: z.literal("ok") });

/** Liveness (the process answers) and readiness (the database answers). */
const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/health",
    { schema: { tags: ["system"], summary: "Liveness: the process answers", response: { 200: ZStatusSchema } } },
    async () => ({ status: "ok" as const }),
  );

  app.get(
    "/ready",
    {
      schema: {
        tags: ["system"],
        summary: "Readiness: the database answers",
        response: { 200: ZStatusSchema, 503: ZProblemSchema },
      },
    },
    async () => {
      // A failure here is a database error, which the error handler answers with 503 + Retry-After.
      await app.db.$queryRaw`SELECT 1`;
      return { status: "ok" as const };
    },
  );
};

export default healthRoutes;
