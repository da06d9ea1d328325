"use client";

import { useUser } from "../session/session-provider.tsx";
import { AccessLogPanel } from "./access-log-panel.tsx";
import { DeleteAccountPanel, ExportPanel } from "./account-panels.tsx";
import { CalendarPanel } from "./calendar-panel.tsx";
import { CoachesPanel } from "./coaches-panel.tsx";
import { PasswordPanel, ProfilePanel } from "./profile-panels.tsx";

export function SettingsPage() {
  const user = useUser();
  return (
    <div className="space-y-4">
      <ProfilePanel />
      <PasswordPanel />
      {user.role === "JOBSEEKER" && (
        <>
          <CoachesPanel />
          <AccessLogPanel />
          <CalendarPanel />
        </>
      )}
      <ExportPanel />
      <DeleteAccountPanel />
    </div>
  );
}
