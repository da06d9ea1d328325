/** Importing LinkedIn connections: upload the Connections.csv, then poll the import's progress. */
import { ZImportAcceptedSchema, ZImportSchema, type TImport } from "@traction/schemas";
import type { ApiClient } from "./client.ts";

export async function startLinkedinImport(api: ApiClient, file: File): Promise<string> {
  const body = new FormData();
  body.append("file", file);
  const { id } = await api.request("/api/v1/imports/linkedin", ZImportAcceptedSchema, { method: "POST", body });
  return id;
}

export function getImport(api: ApiClient, id: string): Promise<TImport> {
  return api.request(`/api/v1/imports/${id}`, ZImportSchema);
}
