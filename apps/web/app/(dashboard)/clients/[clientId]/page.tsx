import type { Metadata } from "next";
import { ClientView } from "../../../../components/coach/client-view.tsx";

export const metadata: Metadata = { title: "Client" };

export default async function Client({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  return <ClientView clientId={clientId} section="insights" />;
}
