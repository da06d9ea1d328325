import type { Metadata } from "next";
import { EventsPage } from "../../../components/records/events-page.tsx";
import { PageHeader } from "../../../components/ui/page-header.tsx";

export const metadata: Metadata = { title: "Events" };

export default function Events() {
  return (
    <>
      <PageHeader title="Events" description="Each time you went somewhere to meet people, and the hours it took." />
      <EventsPage />
    </>
  );
}
