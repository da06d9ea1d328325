import type { Metadata } from "next";
import { PlanPage } from "../../../components/plan/plan-page.tsx";
import { PageHeader } from "../../../components/ui/page-header.tsx";

export const metadata: Metadata = { title: "Plan" };

export default function Plan() {
  return (
    <>
      <PageHeader title="Plan" description="What you do in a sentence, the roles you want, and what a good week looks like." />
      <PlanPage />
    </>
  );
}
