import type { Prisma } from "@traction/db";
import type { TConversation } from "@traction/schemas";
import type { OwnedDelegate, RecordSpec } from "../records/record-spec.ts";
import { conversationInclude, type ConversationInput, type ConversationPatch, type ConversationRow } from "./conversation-row.ts";
import { presentConversation } from "./present-conversation.ts";
import { createConversation, updateConversation } from "./write-conversation.ts";

interface ConversationQuery {
  contactId?: string;
  eventId?: string;
  from?: Date;
  to?: Date;
}

function conversationFilters({ contactId, eventId, from, to }: ConversationQuery): Prisma.ConversationWhereInput {
  return {
    ...(contactId ? { contacts: { some: { contactId } } } : {}),
    ...(eventId ? { eventId } : {}),
    ...(from || to ? { date: { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) } } : {}),
  };
}

export const conversationSpec: RecordSpec<
  ConversationRow,
  TConversation,
  ConversationInput,
  ConversationPatch,
  ConversationQuery
> = {
  noun: "Conversation",
  // The rows carry `include`d relations, which the generic delegate type does not know about.
  model: (db) => db.conversation as unknown as OwnedDelegate<ConversationRow>,
  sortBy: "date",
  include: conversationInclude,
  filters: conversationFilters,
  references: (input) => [
    { field: "contactIds", table: "Contact", ids: input.contactIds },
    { field: "mentionedCompanyIds", table: "Company", ids: input.mentionedCompanyIds },
    { field: "eventId", table: "Event", ids: input.eventId },
    { field: "meetingId", table: "Meeting", ids: input.meetingId },
  ],
  create: createConversation,
  update: updateConversation,
  present: async (_db, _ownerId, rows) => rows.map(presentConversation),
};
