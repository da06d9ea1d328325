import type { Metadata } from "next";
import { MeetingDetail } from "../../../../components/records/details/meeting-detail.tsx";
import { recordIdOr404 } from "../../../../lib/record-id.ts";

export const metadata: Metadata = { title: "One-on-one" };

export default async function MeetingDetailPage({ params }: { params: Promise<{ id: string }> }) {
  return <MeetingDetail id={recordIdOr404((await params).id)} />;
}
