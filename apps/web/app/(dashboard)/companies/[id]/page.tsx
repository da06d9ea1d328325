import type { Metadata } from "next";
import { CompanyDetail } from "../../../../components/records/details/company-detail.tsx";
import { recordIdOr404 } from "../../../../lib/record-id.ts";

export const metadata: Metadata = { title: "Target company" };

export default async function CompanyDetailPage({ params }: { params: Promise<{ id: string }> }) {
  return <CompanyDetail id={recordIdOr404((await params).id)} />;
}
