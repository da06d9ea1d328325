/** Sync: the caller's deleted records since a time. Jobseekers only, like the records themselves. */
import { DELETION_RETENTION_DAYS, ZDeletionListQuerySchema, ZDeletionListSchema, ZProblemSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { listDeletions } from "../../../../services/sync/list-deletions.ts";

const deletionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "",
    {
      preHandler: app.requireRole("JOBSEEKER"),
      schema: {
        tags: ["sync"],
        summary: "My records deleted since a time (for sync)",
        description:
          "`{ resource, id, deletedAt }` of every record of yours deleted at or after `since`, however it went (a " +
          "delete, a venue's cascade, a merge, a conversation's follow-up task), oldest first by `deletedAt` then " +
          `tombstone, paged like other lists. Kept ${DELETION_RETENTION_DAYS} days. Sync recipe: page a list with ` +
          "`updatedSince=<last sync>` and this with `since=<last sync>`, then keep the time you started as the next `<last sync>`.",
        querystring: ZDeletionListQuerySchema,
        response: { 200: ZDeletionListSchema, 400: ZProblemSchema, 403: ZProblemSchema },
      },
    },
    async (request) => listDeletions(app.db, request.user.id, request.query),
  );
};

export default deletionRoutes;
