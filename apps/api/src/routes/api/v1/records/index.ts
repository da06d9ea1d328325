/** A jobseeker's records: one CRUD subtree per resource (from the one table of resources), all jobseeker-only. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { crudRoutes } from "./crud-routes.ts";
import leadStageRoutes from "./lead-stages.ts";
import { companyMergeRoutes, contactMergeRoutes } from "./merge-routes.ts";
import planRoutes from "./plan.ts";
import { RECORD_RESOURCES } from "./resources.ts";

const recordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("preHandler", app.requireRole("JOBSEEKER"));

  for (const resource of RECORD_RESOURCES) await app.register(crudRoutes(resource), { prefix: `/${resource.tag}` });
  await app.register(planRoutes, { prefix: "/plan" });
  await app.register(leadStageRoutes, { prefix: "/leads" });
  await app.register(contactMergeRoutes, { prefix: "/contacts" });
  await app.register(companyMergeRoutes, { prefix: "/companies" });
};

export default recordRoutes;
