import type { Metadata } from "next";
import { LeadDetail } from "../../../../components/records/details/lead-detail.tsx";
import { recordIdOr404 } from "../../../../lib/record-id.ts";

export const metadata: Metadata = { title: "Lead" };

export default async function LeadDetailPage({ params }: { params: Promise<{ id: string }> }) {
  return <LeadDetail id={recordIdOr404((await params).id)} />;
}
