/** The account as a whole: export everything (JSON) or one resource (CSV), and deletion. */
import { z } from "zod";
import type { TCsvExportResource } from "@traction/schemas";
import type { ApiClient } from "./client.ts";
import { queryString } from "./query.ts";

export function exportData(api: ApiClient, resource?: TCsvExportResource): Promise<Blob> {
  return api.download(`/api/v1/me/export${queryString(resource ? { format: "csv", resource } : {})}`);
}

export async function deleteAccount(api: ApiClient): Promise<void> {
  await api.request("/api/v1/me", z.unknown(), { method: "DELETE" });
}
