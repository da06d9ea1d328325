import type { Metadata } from "next";
import { LeadsPage } from "../../../components/records/leads-page.tsx";
import { PageHeader } from "../../../components/ui/page-header.tsx";

export const metadata: Metadata = { title: "Leads" };

export default function Leads() {
  return (
    <>
      <PageHeader title="Leads" description="Job opportunities, from an idea to an offer. Move a card when its stage changes." />
      <LeadsPage />
    </>
  );
}
