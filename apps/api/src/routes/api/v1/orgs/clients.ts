/** The organisation's enrolled clients and coach assignment (admins). */
import {
  ZAssignCoachSchema,
  ZAssignmentSchema,
  ZOrgClientListSchema,
  ZOrgClientParamsSchema,
  ZOrgClientQuerySchema,
  ZOrgParamsSchema,
  ZProblemSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { logReads } from "../../../../services/access-log/insert-access-log.ts";
import { assignCoach } from "../../../../services/orgs/assign-coach.ts";
import { orgClients } from "../../../../services/orgs/org-clients.ts";
import { adminOnly } from "./guards.ts";

const ERRORS = { 400: ZProblemSchema, 403: ZProblemSchema, 404: ZProblemSchema } as const;

const orgClientRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "",
    {
      preHandler: adminOnly,
      schema: {
        tags: ["organisations"],
        summary: "The organisation's enrolled clients, most in need first (admins)",
        description:
          "Every actively enrolled client with the coach the organisation assigned (null: none), health score, " +
          "flags, last activity and this week against their targets — what enrolling consented to; never their " +
          "records (an admin reads those only as the client's linked coach, through `/coach/clients`). Ordered and " +
          "paged like `GET /coach/clients` (lowest health first, clients without a score before every scored one). " +
          "`cohortId`, `coachId` (assigned by the organisation) and `unassigned=true` filter. Each client listed is " +
          "recorded in their access log as `org-roster`, naming the organisation, before the page is sent.",
        params: ZOrgParamsSchema,
        querystring: ZOrgClientQuerySchema,
        response: { 200: ZOrgClientListSchema, ...ERRORS },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      const page = await orgClients(app.db, app.insights, orgId, request.query);
      await logReads(
        app.db,
        request.user.id,
        page.data.map((entry) => entry.client.id),
        "org-roster",
        new Date(),
        orgId,
      );
      return page;
    },
  );

  app.put(
    "/:clientId/coach",
    {
      preHandler: adminOnly,
      schema: {
        tags: ["organisations"],
        summary: "Assign a member as an enrolled client's coach (admins)",
        description:
          "Makes an ACTIVE coach link carrying the organisation (the enrolment was the client's consent) and ends " +
          "the link this organisation made before for the client. A link the client made with their own code is " +
          "left alone; when it is already with the chosen coach it stands as the assignment (`madeByOrg: false`). " +
          "`coachId` must be a member (400). A client not enrolled here: 404.",
        params: ZOrgClientParamsSchema,
        body: ZAssignCoachSchema,
        response: { 200: ZAssignmentSchema, 409: ZProblemSchema, ...ERRORS },
      },
    },
    async (request) => assignCoach(app.db, request.params.orgId, request.params.clientId, request.body.coachId),
  );
};

export default orgClientRoutes;
