import type { ReactNode } from "react";
import { RedirectIfSignedIn } from "../../components/session/session-gates.tsx";
import { Brand } from "../../components/shell/brand.tsx";

/** Signed-out pages: a centred card; a signed-in visitor goes on to the dashboard. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <RedirectIfSignedIn>
      <div className="flex min-h-dvh flex-col items-center px-4 py-8 sm:justify-center sm:py-12">
        <header className="mb-6">
          <Brand />
        </header>
        <main className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">{children}</main>
      </div>
    </RedirectIfSignedIn>
  );
}
