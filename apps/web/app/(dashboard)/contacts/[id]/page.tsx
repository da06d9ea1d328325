import type { Metadata } from "next";
import { ContactDetail } from "../../../../components/records/contact-detail.tsx";
import { recordIdOr404 } from "../../../../lib/record-id.ts";

export const metadata: Metadata = { title: "Contact" };

export default async function ContactDetailPage({ params }: { params: Promise<{ id: string }> }) {
  return <ContactDetail id={recordIdOr404((await params).id)} />;
}
