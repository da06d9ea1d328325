/** A conversation as the services read it: with its contacts (in order), mentioned companies and follow-up task. */
import type { Prisma } from "@traction/db";
import type { ZCreateConversationSchema, ZUpdateConversationSchema } from "@traction/schemas";
import type { z } from "zod";

export const conversationInclude = {
  contacts: { select: { contactId: true }, orderBy: { position: "asc" } },
  mentionedCompanies: { select: { companyId: true }, orderBy: { companyId: "asc" } },
  followUpTask: { select: { id: true, title: true, dueOn: true, done: true } },
} satisfies Prisma.ConversationInclude;

export type ConversationRow = Prisma.ConversationGetPayload<{ include: typeof conversationInclude }>;

/** Parsed request bodies (dates already `Date`s). */
export type ConversationInput = z.output<typeof ZCreateConversationSchema>;
export type ConversationPatch = z.output<typeof ZUpdateConversationSchema>;
export type FollowUpInput = NonNullable<ConversationInput["followUp"]>;
