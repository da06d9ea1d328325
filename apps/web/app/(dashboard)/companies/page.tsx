import type { Metadata } from "next";
import { CompaniesPage } from "../../../components/records/companies-page.tsx";
import { PageHeader } from "../../../components/ui/page-header.tsx";

export const metadata: Metadata = { title: "Target companies" };

export default function Companies() {
  return (
    <>
      <PageHeader title="Target companies" description="Where you want to work, and the insiders you know there." />
      <CompaniesPage />
    </>
  );
}
