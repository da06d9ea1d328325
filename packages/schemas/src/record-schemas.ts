/**
 * Each record resource's schemas, once, keyed by its path segment
 * (`/api/v1/<resource>`): the record, a page of them, the list's query, and
 * the create and update bodies. The API declares its routes from this table
 * and the dashboard its calls.
 */
import {
  ZCompanyListQuerySchema,
  ZCompanyListSchema,
  ZCompanySchema,
  ZCreateCompanySchema,
  ZUpdateCompanySchema,
} from "./companies.ts";
import {
  ZContactListQuerySchema,
  ZContactListSchema,
  ZContactSchema,
  ZCreateContactSchema,
  ZUpdateContactSchema,
} from "./contacts.ts";
import {
  ZConversationListQuerySchema,
  ZConversationListSchema,
  ZConversationSchema,
  ZCreateConversationSchema,
  ZUpdateConversationSchema,
} from "./conversations.ts";
import { ZCreateEventSchema, ZEventListQuerySchema, ZEventListSchema, ZEventSchema, ZUpdateEventSchema } from "./events.ts";
import { ZCreateLeadSchema, ZLeadListQuerySchema, ZLeadListSchema, ZLeadSchema, ZUpdateLeadSchema } from "./leads.ts";
import {
  ZCreateMeetingSchema,
  ZMeetingListQuerySchema,
  ZMeetingListSchema,
  ZMeetingSchema,
  ZUpdateMeetingSchema,
} from "./meetings.ts";
import { ZCreatePostSchema, ZPostListQuerySchema, ZPostListSchema, ZPostSchema, ZUpdatePostSchema } from "./posts.ts";
import { ZCreateTaskSchema, ZTaskListQuerySchema, ZTaskListSchema, ZTaskSchema, ZUpdateTaskSchema } from "./tasks.ts";
import { ZCreateVenueSchema, ZUpdateVenueSchema, ZVenueListQuerySchema, ZVenueListSchema, ZVenueSchema } from "./venues.ts";

export const RECORD_SCHEMAS = {
  venues: {
    item: ZVenueSchema,
    list: ZVenueListSchema,
    listQuery: ZVenueListQuerySchema,
    create: ZCreateVenueSchema,
    update: ZUpdateVenueSchema,
  },
  events: {
    item: ZEventSchema,
    list: ZEventListSchema,
    listQuery: ZEventListQuerySchema,
    create: ZCreateEventSchema,
    update: ZUpdateEventSchema,
  },
  contacts: {
    item: ZContactSchema,
    list: ZContactListSchema,
    listQuery: ZContactListQuerySchema,
    create: ZCreateContactSchema,
    update: ZUpdateContactSchema,
  },
  companies: {
    item: ZCompanySchema,
    list: ZCompanyListSchema,
    listQuery: ZCompanyListQuerySchema,
    create: ZCreateCompanySchema,
    update: ZUpdateCompanySchema,
  },
  conversations: {
    item: ZConversationSchema,
    list: ZConversationListSchema,
    listQuery: ZConversationListQuerySchema,
    create: ZCreateConversationSchema,
    update: ZUpdateConversationSchema,
  },
  meetings: {
    item: ZMeetingSchema,
    list: ZMeetingListSchema,
    listQuery: ZMeetingListQuerySchema,
    create: ZCreateMeetingSchema,
    update: ZUpdateMeetingSchema,
  },
  leads: {
    item: ZLeadSchema,
    list: ZLeadListSchema,
    listQuery: ZLeadListQuerySchema,
    create: ZCreateLeadSchema,
    update: ZUpdateLeadSchema,
  },
  tasks: {
    item: ZTaskSchema,
    list: ZTaskListSchema,
    listQuery: ZTaskListQuerySchema,
    create: ZCreateTaskSchema,
    update: ZUpdateTaskSchema,
  },
  posts: {
    item: ZPostSchema,
    list: ZPostListSchema,
    listQuery: ZPostListQuerySchema,
    create: ZCreatePostSchema,
    update: ZUpdatePostSchema,
  },
} as const;

export type RecordResource = keyof typeof RECORD_SCHEMAS;
