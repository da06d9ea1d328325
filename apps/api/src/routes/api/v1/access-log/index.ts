import { ZAccessLogSchema, ZPaginationQuerySchema, ZProblemSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { listAccessLog } from "../../../../services/access-log/list-access-log.ts";

const accessLogRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "",
    {
      preHandler: app.requireRole("JOBSEEKER"),
      schema: {
        tags: ["coaches"],
        summary: "Who read my data, and when (newest first)",
        description:
          "Every read a coach makes of my data: the roster, my records, plan, insights and comments. Each read is " +
          "written before the coach receives the data, so it is here as soon as the coach has it.",
        querystring: ZPaginationQuerySchema,
        response: { 200: ZAccessLogSchema, 400: ZProblemSchema, 403: ZProblemSchema },
      },
    },
    async (request) => listAccessLog(app.db, request.user.id, request.query),
  );
};

export default accessLogRoutes;
