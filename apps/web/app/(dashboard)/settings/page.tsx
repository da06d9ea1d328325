import type { Metadata } from "next";
import { SettingsPage } from "../../../components/settings/settings-page.tsx";
import { PageHeader } from "../../../components/ui/page-header.tsx";

export const metadata: Metadata = { title: "Settings" };

export default function Settings() {
  return (
    <>
      <PageHeader title="Settings" />
      <SettingsPage />
    </>
  );
}
