import type { ReactNode } from "react";
import { RequireSession } from "../../components/session/session-gates.tsx";
import { AppShell } from "../../components/shell/app-shell.tsx";

/** Every signed-in page: the session gate, then the shell with the nav. */
export default function DashboardLayout({ children }: { children: ReactNode }) {
  return (
    <RequireSession>
      <AppShell>{children}</AppShell>
    </RequireSession>
  );
}
