import type { Metadata } from "next";
import { VenueDetail } from "../../../../components/records/details/venue-detail.tsx";
import { recordIdOr404 } from "../../../../lib/record-id.ts";

export const metadata: Metadata = { title: "Venue" };

export default async function VenueDetailPage({ params }: { params: Promise<{ id: string }> }) {
  return <VenueDetail id={recordIdOr404((await params).id)} />;
}
