/** The account as a whole: export everything (JSON) or one resource (CSV), and deletion. */
import { z } from "zod";
import { type ZChangePasswordSchema, ZUpdateMeSchema, ZUserSchema, type TCsvExportResource, type TUser } from "@traction/schemas";
import type { ApiClient } from "./client.ts";
import { queryString } from "./query.ts";

export function exportData(api: ApiClient, resource?: TCsvExportResource): Promise<Blob> {
  return api.download(`/api/v1/me/export${queryString(resource ? { format: "csv", resource } : {})}`);
}

export async function deleteAccount(api: ApiClient): Promise<void> {
  await api.request("/api/v1/me", z.unknown(), { method: "DELETE" });
}

/** `PATCH /me`: name and time zone. */
export function updateMe(api: ApiClient, value: z.output<typeof ZUpdateMeSchema>): Promise<TUser> {
  return api.request("/api/v1/me", ZUserSchema, { method: "PATCH", body: z.encode(ZUpdateMeSchema, value) });
}

/** `POST /me/password`: every other session is signed out; this one gets a new refresh cookie. */
export async function changePassword(api: ApiClient, value: z.output<typeof ZChangePasswordSchema>): Promise<void> {
  await api.request("/api/v1/me/password", z.unknown(), { method: "POST", body: value });
}
