/** Query strings for list filters: empty values are left out, dates go as `YYYY-MM-DD`. */
import { toDateString } from "../dates.ts";

export type QueryValue = string | number | boolean | Date | null | undefined;
export type Query = Record<string, QueryValue>;

export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(name, value instanceof Date ? toDateString(value) : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Where a resource is read: my own records, or (for a coach) a linked client's read-only copy. */
export function readBase(clientId?: string): string {
  return clientId ? `/api/v1/coach/clients/${clientId}` : "/api/v1";
}
