import type { TConversation } from "@traction/schemas";
import type { ConversationRow } from "./conversation-row.ts";

/** A row with its included links → the API object; the follow-up is read from its task. */
export function presentConversation(row: ConversationRow): TConversation {
  const { contacts, mentionedCompanies, followUpTask, ...fields } = row;
  return {
    ...fields,
    contactIds: contacts.map((link) => link.contactId),
    mentionedCompanyIds: mentionedCompanies.map((link) => link.companyId),
    followUp: followUpTask
      ? { action: followUpTask.title, dueOn: followUpTask.dueOn, done: followUpTask.done, taskId: followUpTask.id }
      : null,
  };
}
