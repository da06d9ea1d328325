/** Asking whether a contact or company already exists, and merging a duplicate into the one kept (see the API's `/duplicates` and `/:id/merge`). */
import {
  ZCompanyDuplicatesSchema,
  ZCompanyMergeSchema,
  ZContactDuplicatesSchema,
  ZContactMergeSchema,
  type TCompanyMerge,
  type TContactMerge,
} from "@traction/schemas";
import type { ApiClient } from "./client.ts";
import { queryString } from "./query.ts";

export type DuplicateKind = "contacts" | "companies";

export interface DuplicateQuery {
  name: string;
  email?: string;
  excludeId?: string;
}

export interface Duplicate {
  id: string;
  name: string;
  /** What tells it apart: where they work and their email, or the company's status. */
  detail: string | undefined;
}

export async function findDuplicates(api: ApiClient, kind: DuplicateKind, query: DuplicateQuery): Promise<Duplicate[]> {
  if (kind === "contacts") {
    const found = await api.request(`/api/v1/contacts/duplicates${queryString({ ...query })}`, ZContactDuplicatesSchema);
    return found.data.map((contact) => ({
      id: contact.id,
      name: contact.name,
      detail: [contact.company, contact.email].filter(Boolean).join(" · ") || undefined,
    }));
  }
  const found = await api.request(
    `/api/v1/companies/duplicates${queryString({ name: query.name, excludeId: query.excludeId })}`,
    ZCompanyDuplicatesSchema,
  );
  return found.data.map((company) => ({ id: company.id, name: company.name, detail: undefined }));
}

export type MergeOutcome = TContactMerge | TCompanyMerge;

/** Merges `sourceId` into `targetId`; with `preview`, only says what would happen. */
export function mergeInto(
  api: ApiClient,
  kind: DuplicateKind,
  targetId: string,
  sourceId: string,
  preview: boolean,
): Promise<MergeOutcome> {
  return api.request(`/api/v1/${kind}/${targetId}/merge`, kind === "contacts" ? ZContactMergeSchema : ZCompanyMergeSchema, {
    method: "POST",
    body: { sourceId, preview },
  });
}
