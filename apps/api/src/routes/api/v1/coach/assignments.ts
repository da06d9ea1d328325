import { ZClientParamsSchema, ZCreateAssignmentSchema, ZProblemSchema, ZTaskSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { createAssignment } from "../../../../services/coaching/create-assignment.ts";
import { createIdempotently, sendCreated, ZIdempotencyHeadersSchema } from "../idempotent-create.ts";
import { CLIENT_ERRORS } from "./errors.ts";

const assignmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "",
    {
      schema: {
        tags: ["coach"],
        summary: "Assign a task to a client",
        description:
          "The task appears in the client's own `/tasks` with `assignedById` set to the coach; the client " +
          "completes it there and the coach follows it in the client's read-only `tasks`. A `contactId` must be " +
          "one of the client's contacts.",
        params: ZClientParamsSchema,
        headers: ZIdempotencyHeadersSchema,
        body: ZCreateAssignmentSchema,
        response: { 201: ZTaskSchema, 409: ZProblemSchema, ...CLIENT_ERRORS },
      },
    },
    async (request, reply) => {
      const task = await createIdempotently(request, reply, ZTaskSchema, (tx) =>
        createAssignment(tx, request.user.id, request.params.clientId, request.body),
      );
      return sendCreated(reply, `/api/v1/coach/clients/${request.params.clientId}/tasks/${task.id}`, task);
    },
  );
};

export default assignmentRoutes;
