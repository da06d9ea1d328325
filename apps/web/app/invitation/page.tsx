import type { Metadata } from "next";
import { InvitationAnswer } from "../../components/invitations/invitation-answer.tsx";
import { Brand } from "../../components/shell/brand.tsx";

export const metadata: Metadata = { title: "Coaching invitation" };

/** Opened from a coach's emailed invitation; signed in or not (it sends a visitor to sign in, then back). */
export default async function InvitationPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return (
    <div className="flex min-h-dvh flex-col items-center px-4 py-8 sm:justify-center sm:py-12">
      <header className="mb-6">
        <Brand />
      </header>
      <main className="w-full max-w-xl rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        {typeof token === "string" && token.length > 0 ? (
          <InvitationAnswer token={token} />
        ) : (
          <p role="alert">This page opens from the link in a coach&apos;s invitation email.</p>
        )}
      </main>
    </div>
  );
}
