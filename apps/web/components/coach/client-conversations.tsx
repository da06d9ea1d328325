"use client";

import { conversations } from "../../lib/api/records.ts";
import { useList } from "../../lib/hooks/use-list.ts";
import { useContactNames, useEventPlaces } from "../../lib/hooks/use-names.ts";
import { CommentsDisclosure } from "../comments/comments-disclosure.tsx";
import { ConversationEntry } from "../records/contact-detail.tsx";
import { RecordList } from "../records/record-list.tsx";

/** A client's conversations, newest first, each with its comment thread. */
export function ClientConversations({ clientId }: { clientId: string }) {
  const names = useContactNames(clientId);
  const places = useEventPlaces(clientId);
  const list = useList(`conversations:${clientId}`, (api, cursor) => conversations.list(api, { cursor }, clientId));
  return (
    <RecordList title="Conversations" list={list} what="conversations" empty="No conversations logged.">
      {(talk) => (
        <li key={talk.id} className="py-3">
          <p className="text-sm font-semibold text-slate-900">
            With {talk.contactIds.map((id) => names.get(id) ?? "a contact").join(", ")}
          </p>
          <ConversationEntry talk={talk} places={places} />
          <CommentsDisclosure
            clientId={clientId}
            subjectType="CONVERSATION"
            subjectId={talk.id}
            label="Comment on this conversation"
          />
        </li>
      )}
    </RecordList>
  );
}
