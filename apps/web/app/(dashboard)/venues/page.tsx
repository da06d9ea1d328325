import type { Metadata } from "next";
import { VenuesPage } from "../../../components/records/venues-page.tsx";
import { PageHeader } from "../../../components/ui/page-header.tsx";

export const metadata: Metadata = { title: "Venues" };

export default function Venues() {
  return (
    <>
      <PageHeader title="Venues" description="Where you network. A mix of kinds beats a weekly support group." />
      <VenuesPage />
    </>
  );
}
