import type { Metadata } from "next";
import { QuickLogForm } from "../../../components/log/quick-log-form.tsx";
import { PageHeader } from "../../../components/ui/page-header.tsx";

export const metadata: Metadata = { title: "Quick log" };

export default function QuickLogPage() {
  return (
    <>
      <PageHeader
        title="Quick log"
        description="Where you went, whom you met and what you talked about — in one go. New venues and people are saved as you go."
      />
      <QuickLogForm />
    </>
  );
}
