/**
 * Invitations by email: a coach sends, lists and withdraws them; the invited
 * jobseeker reads one (who, and what the coach will see) and accepts or declines.
 */
import {
  ZCoachEmailInviteListSchema,
  ZCoachEmailInviteSchema,
  ZInvitationAcceptedSchema,
  ZInvitationPreviewSchema,
  type TCoachEmailInvite,
  type TInvitationPreview,
  type TMyCoach,
} from "@traction/schemas";
import { z } from "zod";
import type { ApiClient } from "./client.ts";
import { queryString } from "./query.ts";

export function inviteByEmail(api: ApiClient, email: string, idempotencyKey: string): Promise<TCoachEmailInvite> {
  return api.request("/api/v1/coach/invites", ZCoachEmailInviteSchema, {
    method: "POST",
    body: { email },
    headers: { "idempotency-key": idempotencyKey },
  });
}

export function listEmailInvites(api: ApiClient, cursor?: string) {
  return api.request(`/api/v1/coach/invites${queryString({ limit: 20, cursor })}`, ZCoachEmailInviteListSchema);
}

export async function withdrawEmailInvite(api: ApiClient, inviteId: string): Promise<void> {
  await api.request(`/api/v1/coach/invites/${inviteId}`, z.unknown(), { method: "DELETE" });
}

export function previewInvitation(api: ApiClient, token: string): Promise<TInvitationPreview> {
  return api.request("/api/v1/coach-invites/preview", ZInvitationPreviewSchema, { method: "POST", body: { token } });
}

export function acceptInvitation(api: ApiClient, token: string): Promise<TMyCoach> {
  return api.request("/api/v1/coach-invites/accept", ZInvitationAcceptedSchema, { method: "POST", body: { token } });
}

export async function declineInvitation(api: ApiClient, token: string): Promise<void> {
  await api.request("/api/v1/coach-invites/decline", z.unknown(), { method: "POST", body: { token } });
}
