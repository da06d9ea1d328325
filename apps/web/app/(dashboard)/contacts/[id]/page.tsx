import type { Metadata } from "next";
import { ContactDetail } from "../../../../components/records/contact-detail.tsx";

export const metadata: Metadata = { title: "Contact" };

export default async function Contact({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ContactDetail id={id} />;
}
