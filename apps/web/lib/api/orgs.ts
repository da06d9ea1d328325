/**
 * Organisations: a coach's organisations, members, invitations, cohorts,
 * clients and assignment; a jobseeker's enrolments and cohort comparison.
 */
import {
  ZAcceptedOrgInviteSchema,
  ZAssignmentSchema,
  ZCohortBenchmarkSchema,
  ZCohortHealthSchema,
  ZCohortListSchema,
  ZCohortSchema,
  ZCreateCohortSchema,
  ZEnrolmentListSchema,
  ZEnrolmentSchema,
  ZMyBenchmarkListSchema,
  ZOrgClientListSchema,
  ZOrgDetailSchema,
  ZOrgInviteSchema,
  ZOrgListSchema,
  ZOrgMemberListSchema,
  ZOrgSchema,
  type TOrgRole,
} from "@traction/schemas";
import { z } from "zod";
import type { ApiClient } from "./client.ts";
import { queryString } from "./query.ts";

const base = (orgId: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}`;

export const listOrgs = (api: ApiClient) => api.request("/api/v1/orgs?limit=100", ZOrgListSchema);
export const getOrg = (api: ApiClient, orgId: string) => api.request(base(orgId), ZOrgDetailSchema);
export const createOrg = (api: ApiClient, name: string) =>
  api.request("/api/v1/orgs", ZOrgSchema, { method: "POST", body: { name } });

export const listMembers = (api: ApiClient, orgId: string) =>
  api.request(`${base(orgId)}/members?limit=100`, ZOrgMemberListSchema);
export const removeMember = (api: ApiClient, orgId: string, userId: string) =>
  api.request(`${base(orgId)}/members/${encodeURIComponent(userId)}`, z.unknown(), { method: "DELETE" });
export const inviteMember = (api: ApiClient, orgId: string, body: { email: string; role: TOrgRole }) =>
  api.request(`${base(orgId)}/invites`, ZOrgInviteSchema, { method: "POST", body });
export const acceptInvite = (api: ApiClient, token: string) =>
  api.request("/api/v1/org-invites/accept", ZAcceptedOrgInviteSchema, { method: "POST", body: { token } });

export const listCohorts = (api: ApiClient, orgId: string) => api.request(`${base(orgId)}/cohorts?limit=100`, ZCohortListSchema);
export const createCohort = (api: ApiClient, orgId: string, value: z.output<typeof ZCreateCohortSchema>) =>
  api.request(`${base(orgId)}/cohorts`, ZCohortSchema, { method: "POST", body: z.encode(ZCreateCohortSchema, value) });
export const getCohortBenchmark = (api: ApiClient, orgId: string, cohortId: string) =>
  api.request(`${base(orgId)}/cohorts/${encodeURIComponent(cohortId)}/benchmarks`, ZCohortBenchmarkSchema);
export const getCohortHealth = (api: ApiClient, orgId: string, cohortId: string, weeks: number) =>
  api.request(`${base(orgId)}/cohorts/${encodeURIComponent(cohortId)}/health${queryString({ weeks })}`, ZCohortHealthSchema);

export const listOrgClients = (
  api: ApiClient,
  orgId: string,
  query: { cohortId?: string; coachId?: string; unassigned?: "true"; cursor?: string } = {},
) => api.request(`${base(orgId)}/clients${queryString({ limit: 50, ...query })}`, ZOrgClientListSchema);
export const assignCoach = (api: ApiClient, orgId: string, clientId: string, coachId: string) =>
  api.request(`${base(orgId)}/clients/${encodeURIComponent(clientId)}/coach`, ZAssignmentSchema, {
    method: "PUT",
    body: { coachId },
  });

export const listEnrolments = (api: ApiClient) => api.request("/api/v1/enrolments?limit=100", ZEnrolmentListSchema);
export const enrol = (api: ApiClient, joinCode: string) =>
  api.request("/api/v1/enrolments", ZEnrolmentSchema, { method: "POST", body: { joinCode } });
export const leaveEnrolment = (api: ApiClient, id: string) =>
  api.request(`/api/v1/enrolments/${encodeURIComponent(id)}`, z.unknown(), { method: "DELETE" });
export const getMyBenchmark = (api: ApiClient) => api.request("/api/v1/insights/benchmark", ZMyBenchmarkListSchema);
