import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SessionProvider } from "../components/session/session-provider.tsx";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Traction", template: "%s · Traction" },
  description: "Networking that turns into a job — and the evidence of what to change this week.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request renders every page per request, so each gets its own CSP nonce (proxy.ts).
  await headers();
  return (
    <html lang="en">
      <body className="bg-slate-50 font-sans text-slate-900 antialiased">
        <SessionProvider>{children}</SessionProvider>
      </body>
    </html>
  );
}
