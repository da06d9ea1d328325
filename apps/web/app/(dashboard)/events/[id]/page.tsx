import type { Metadata } from "next";
import { EventDetail } from "../../../../components/records/details/event-detail.tsx";
import { recordIdOr404 } from "../../../../lib/record-id.ts";

export const metadata: Metadata = { title: "Event" };

export default async function EventDetailPage({ params }: { params: Promise<{ id: string }> }) {
  return <EventDetail id={recordIdOr404((await params).id)} />;
}
