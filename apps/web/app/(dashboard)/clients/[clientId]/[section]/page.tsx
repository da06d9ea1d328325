import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClientView } from "../../../../../components/coach/client-view.tsx";
import { CLIENT_SECTIONS, isClientSection } from "../../../../../components/coach/client-sections.ts";

export async function generateMetadata({ params }: { params: Promise<{ section: string }> }): Promise<Metadata> {
  const { section } = await params;
  const label = CLIENT_SECTIONS.find((each) => each.slug === section)?.label;
  return { title: label ? `Client · ${label}` : "Client" };
}

export default async function ClientSectionPage({ params }: { params: Promise<{ clientId: string; section: string }> }) {
  const { clientId, section } = await params;
  if (!isClientSection(section) || section === "insights") notFound();
  return <ClientView clientId={clientId} section={section} />;
}
