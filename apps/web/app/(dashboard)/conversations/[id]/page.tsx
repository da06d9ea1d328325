import type { Metadata } from "next";
import { ConversationDetail } from "../../../../components/records/details/conversation-detail.tsx";
import { recordIdOr404 } from "../../../../lib/record-id.ts";

export const metadata: Metadata = { title: "Conversation" };

export default async function ConversationDetailPage({ params }: { params: Promise<{ id: string }> }) {
  return <ConversationDetail id={recordIdOr404((await params).id)} />;
}
