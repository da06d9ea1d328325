/**
 * A jobseeker's records, one typed set of calls per resource: list (mine, or a
 * linked client's for a coach), read, create with an `Idempotency-Key`,
 * partial update and delete. Bodies are the parsed output of the shared
 * schemas (`RECORD_SCHEMAS`, the table the API's routes are declared from),
 * encoded back to the wire form (dates as `YYYY-MM-DD`) with them.
 */
import { RECORD_SCHEMAS, ZLeadStageHistorySchema, type RecordResource } from "@traction/schemas";
import { z } from "zod";
import type { ApiClient } from "./client.ts";
import { queryString, readBase, type Query } from "./query.ts";

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export interface RecordApi<Item, Create, Update> {
  list: (api: ApiClient, query?: Query, clientId?: string) => Promise<Page<Item>>;
  get: (api: ApiClient, id: string, clientId?: string) => Promise<Item>;
  create: (api: ApiClient, value: Create, idempotencyKey?: string) => Promise<Item>;
  update: (api: ApiClient, id: string, value: Update) => Promise<Item>;
  remove: (api: ApiClient, id: string, query?: Query) => Promise<void>;
}

function recordApi<I extends z.ZodType, C extends z.ZodType, U extends z.ZodType>(
  name: RecordResource,
  schemas: { item: I; list: z.ZodType<Page<z.output<I>>>; create: C; update: U },
): RecordApi<z.output<I>, z.output<C>, z.output<U>> {
  const own = `/api/v1/${name}`;
  return {
    list: (api, query, clientId) => api.request(`${readBase(clientId)}/${name}${queryString(query)}`, schemas.list),
    get: (api, id, clientId) => api.request(`${readBase(clientId)}/${name}/${id}`, schemas.item),
    create: (api, value, idempotencyKey) =>
      api.request(own, schemas.item, {
        method: "POST",
        body: z.encode(schemas.create, value),
        headers: idempotencyKey ? { "idempotency-key": idempotencyKey } : undefined,
      }),
    update: (api, id, value) =>
      api.request(`${own}/${id}`, schemas.item, { method: "PATCH", body: z.encode(schemas.update, value) }),
    remove: async (api, id, query) => {
      await api.request(`${own}/${id}${queryString(query)}`, z.unknown(), { method: "DELETE" });
    },
  };
}

export const venues = recordApi("venues", RECORD_SCHEMAS.venues);
export const events = recordApi("events", RECORD_SCHEMAS.events);
export const contacts = recordApi("contacts", RECORD_SCHEMAS.contacts);
export const conversations = recordApi("conversations", RECORD_SCHEMAS.conversations);
export const meetings = recordApi("meetings", RECORD_SCHEMAS.meetings);
export const companies = recordApi("companies", RECORD_SCHEMAS.companies);
export const leads = recordApi("leads", RECORD_SCHEMAS.leads);
export const tasks = recordApi("tasks", RECORD_SCHEMAS.tasks);
export const posts = recordApi("posts", RECORD_SCHEMAS.posts);

/** A lead's stages, oldest first (the owner's own leads). */
export const leadStages = async (api: ApiClient, id: string) =>
  (await api.request(`/api/v1/leads/${id}/stages`, ZLeadStageHistorySchema)).data;
