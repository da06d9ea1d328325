import type { Metadata } from "next";
import Link from "next/link";
import { Brand } from "../components/shell/brand.tsx";
import { primaryButton } from "../components/ui/styles.ts";

export const metadata: Metadata = { title: "Page not found" };

/** Any address the dashboard does not have, and a record page whose id cannot be one. */
export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 bg-slate-50 px-4 py-12 text-center">
      <Brand />
      <div className="max-w-md">
        <p className="text-sm font-semibold tracking-wide text-indigo-700 uppercase">404</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900">This page does not exist</h1>
        <p className="mt-3 text-slate-700">
          The link may be old, or the record was deleted. Your week, contacts and leads are where you left them.
        </p>
      </div>
      <Link href="/" className={primaryButton}>
        Back to Traction
      </Link>
    </main>
  );
}
