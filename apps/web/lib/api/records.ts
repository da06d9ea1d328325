/**
 * A jobseeker's records, one typed set of calls per resource: list (mine, or a
 * linked client's for a coach), read, create with an `Idempotency-Key`,
 * partial update and delete. Bodies are the parsed output of the shared
 * schemas, encoded back to the wire form (dates as `YYYY-MM-DD`) with them.
 */
import {
  ZCompanyListSchema,
  ZCompanySchema,
  ZContactListSchema,
  ZContactSchema,
  ZConversationListSchema,
  ZConversationSchema,
  ZCreateCompanySchema,
  ZCreateContactSchema,
  ZCreateConversationSchema,
  ZCreateEventSchema,
  ZCreateLeadSchema,
  ZCreateMeetingSchema,
  ZCreatePostSchema,
  ZCreateTaskSchema,
  ZCreateVenueSchema,
  ZEventListSchema,
  ZEventSchema,
  ZLeadListSchema,
  ZLeadSchema,
  ZMeetingListSchema,
  ZMeetingSchema,
  ZPostListSchema,
  ZPostSchema,
  ZTaskListSchema,
  ZTaskSchema,
  ZUpdateCompanySchema,
  ZUpdateContactSchema,
  ZUpdateConversationSchema,
  ZUpdateEventSchema,
  ZUpdateLeadSchema,
  ZUpdateMeetingSchema,
  ZUpdatePostSchema,
  ZUpdateTaskSchema,
  ZUpdateVenueSchema,
  ZVenueListSchema,
  ZVenueSchema,
} from "@traction/schemas";
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
  name: string,
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

export const venues = recordApi("venues", {
  item: ZVenueSchema,
  list: ZVenueListSchema,
  create: ZCreateVenueSchema,
  update: ZUpdateVenueSchema,
});
export const events = recordApi("events", {
  item: ZEventSchema,
  list: ZEventListSchema,
  create: ZCreateEventSchema,
  update: ZUpdateEventSchema,
});
export const contacts = recordApi("contacts", {
  item: ZContactSchema,
  list: ZContactListSchema,
  create: ZCreateContactSchema,
  update: ZUpdateContactSchema,
});
export const conversations = recordApi("conversations", {
  item: ZConversationSchema,
  list: ZConversationListSchema,
  create: ZCreateConversationSchema,
  update: ZUpdateConversationSchema,
});
export const meetings = recordApi("meetings", {
  item: ZMeetingSchema,
  list: ZMeetingListSchema,
  create: ZCreateMeetingSchema,
  update: ZUpdateMeetingSchema,
});
export const companies = recordApi("companies", {
  item: ZCompanySchema,
  list: ZCompanyListSchema,
  create: ZCreateCompanySchema,
  update: ZUpdateCompanySchema,
});
export const leads = recordApi("leads", {
  item: ZLeadSchema,
  list: ZLeadListSchema,
  create: ZCreateLeadSchema,
  update: ZUpdateLeadSchema,
});
export const tasks = recordApi("tasks", {
  item: ZTaskSchema,
  list: ZTaskListSchema,
  create: ZCreateTaskSchema,
  update: ZUpdateTaskSchema,
});
export const posts = recordApi("posts", {
  item: ZPostSchema,
  list: ZPostListSchema,
  create: ZCreatePostSchema,
  update: ZUpdatePostSchema,
});
