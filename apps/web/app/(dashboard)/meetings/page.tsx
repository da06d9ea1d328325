import type { Metadata } from "next";
import { MeetingsPage } from "../../../components/records/meetings-page.tsx";
import { PageHeader } from "../../../components/ui/page-header.tsx";

export const metadata: Metadata = { title: "One-on-ones" };

export default function Meetings() {
  return (
    <>
      <PageHeader title="One-on-ones" description="Coffees outside the networking event, from proposed to done." />
      <MeetingsPage />
    </>
  );
}
