/**
 * Coaching, from both sides: a jobseeker's invites, coaches, access log and
 * suggested targets; a coach's links, roster, assignments and suggestions;
 * comment threads for both.
 */
import {
  ZAccessLogSchema,
  ZCoachInviteSchema,
  ZCoachLinkSchema,
  ZCommentListSchema,
  ZCommentSchema,
  ZCreateAssignmentSchema,
  ZCreateCommentSchema,
  ZCreateTargetSuggestionSchema,
  ZMyCoachListSchema,
  ZRosterEntrySchema,
  ZRosterSchema,
  ZTargetSuggestionListSchema,
  ZTargetSuggestionSchema,
  ZTaskSchema,
  type TCoachInvite,
  type TCoachLink,
  type TComment,
  type TCommentSubjectType,
  type TFlag,
  type TTargetSuggestion,
  type TTask,
} from "@traction/schemas";
import { z } from "zod";
import type { ApiClient } from "./client.ts";
import { queryString } from "./query.ts";

const post = (body: unknown, idempotencyKey?: string) => ({
  method: "POST" as const,
  body,
  headers: idempotencyKey ? { "idempotency-key": idempotencyKey } : undefined,
});

// The jobseeker's side ------------------------------------------------------------

export function createInvite(api: ApiClient): Promise<TCoachInvite> {
  return api.request("/api/v1/coach-invites", ZCoachInviteSchema, { method: "POST" });
}

export function listMyCoaches(api: ApiClient) {
  return api.request("/api/v1/coaches?limit=100", ZMyCoachListSchema);
}

export async function revokeCoach(api: ApiClient, linkId: string): Promise<void> {
  await api.request(`/api/v1/coaches/${linkId}`, z.unknown(), { method: "DELETE" });
}

export function listAccessLog(api: ApiClient, cursor?: string) {
  return api.request(`/api/v1/me/access-log${queryString({ limit: 50, cursor })}`, ZAccessLogSchema);
}

export function listSuggestions(api: ApiClient, status?: TTargetSuggestion["status"]) {
  return api.request(`/api/v1/target-suggestions${queryString({ status })}`, ZTargetSuggestionListSchema);
}

export function decideSuggestion(api: ApiClient, id: string, decision: "accept" | "decline"): Promise<TTargetSuggestion> {
  return api.request(`/api/v1/target-suggestions/${id}/${decision}`, ZTargetSuggestionSchema, { method: "POST" });
}

// The coach's side ----------------------------------------------------------------

export function linkClient(api: ApiClient, code: string): Promise<TCoachLink> {
  return api.request("/api/v1/coach/links", ZCoachLinkSchema, post({ code }));
}

/** One page of the roster (20 clients), most in need first; `q` searches names, `flag` filters. */
export function getRoster(api: ApiClient, query: { flag?: TFlag; q?: string; cursor?: string } = {}) {
  return api.request(`/api/v1/coach/clients${queryString({ limit: 20, ...query })}`, ZRosterSchema);
}

/** One client's roster entry (404 when the coach is not linked to them). */
export function getRosterEntry(api: ApiClient, clientId: string) {
  return api.request(`/api/v1/coach/clients/${encodeURIComponent(clientId)}`, ZRosterEntrySchema);
}

export function createAssignment(
  api: ApiClient,
  clientId: string,
  value: z.output<typeof ZCreateAssignmentSchema>,
  idempotencyKey?: string,
): Promise<TTask> {
  return api.request(
    `/api/v1/coach/clients/${clientId}/tasks`,
    ZTaskSchema,
    post(z.encode(ZCreateAssignmentSchema, value), idempotencyKey),
  );
}

export function suggestTargets(
  api: ApiClient,
  clientId: string,
  value: z.output<typeof ZCreateTargetSuggestionSchema>,
  idempotencyKey?: string,
): Promise<TTargetSuggestion> {
  return api.request(
    `/api/v1/coach/clients/${clientId}/target-suggestions`,
    ZTargetSuggestionSchema,
    post(z.encode(ZCreateTargetSuggestionSchema, value), idempotencyKey),
  );
}

export function listSuggestionsFor(api: ApiClient, clientId: string) {
  return api.request(`/api/v1/coach/clients/${clientId}/target-suggestions`, ZTargetSuggestionListSchema);
}

// Comments (both sides) -------------------------------------------------------------

export interface Subject {
  clientId: string;
  subjectType?: TCommentSubjectType;
  subjectId?: string;
}

export function listComments(api: ApiClient, subject: Subject) {
  return api.request(`/api/v1/comments${queryString({ limit: 100, ...subject })}`, ZCommentListSchema);
}

export function createComment(
  api: ApiClient,
  value: z.output<typeof ZCreateCommentSchema>,
  idempotencyKey?: string,
): Promise<TComment> {
  return api.request("/api/v1/comments", ZCommentSchema, post(z.encode(ZCreateCommentSchema, value), idempotencyKey));
}
