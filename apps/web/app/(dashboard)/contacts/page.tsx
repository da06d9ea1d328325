import type { Metadata } from "next";
import { ContactsPage } from "../../../components/records/contacts-page.tsx";
import { PageHeader } from "../../../components/ui/page-header.tsx";

export const metadata: Metadata = { title: "Contacts" };

export default function Contacts() {
  return (
    <>
      <PageHeader
        title="Contacts"
        description="The people you have met: insiders and connectors at your target companies count most."
      />
      <ContactsPage />
    </>
  );
}
