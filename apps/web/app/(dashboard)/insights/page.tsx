import type { Metadata } from "next";
import { InsightsPanel } from "../../../components/insights/insights-page.tsx";
import { PageHeader } from "../../../components/ui/page-header.tsx";

export const metadata: Metadata = { title: "Insights" };

export default function InsightsPage() {
  return (
    <>
      <PageHeader
        title="Insights"
        description="Why your networking is or is not working, tip by tip, with the numbers behind each finding and what to change."
      />
      <InsightsPanel />
    </>
  );
}
