/** preHandlers for `/orgs/:orgId/*` (after params validation): member or admin of that organisation. */
import type { FastifyRequest } from "fastify";
import { requireAdmin, requireMember } from "../../../../services/orgs/org-access.ts";

const orgIdOf = (request: FastifyRequest) => (request.params as { orgId: string }).orgId;

export const memberOnly = async (request: FastifyRequest) => {
  await requireMember(request.server.db, orgIdOf(request), request.user.id);
};

export const adminOnly = async (request: FastifyRequest) => {
  await requireAdmin(request.server.db, orgIdOf(request), request.user.id);
};
