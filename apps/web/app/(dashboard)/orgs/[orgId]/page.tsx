import type { Metadata } from "next";
import { OrgView } from "../../../../components/orgs/org-view.tsx";

export const metadata: Metadata = { title: "Organisation" };

export default async function Org({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  return <OrgView orgId={orgId} />;
}
