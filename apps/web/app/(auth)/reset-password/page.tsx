import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "../../../components/auth/reset-password-form.tsx";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Choose a new password</h1>
      {typeof token === "string" && token.length > 0 ? (
        <>
          <p className="mt-1 mb-6 text-slate-600">Setting it signs you out on every other device.</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <p role="alert" className="mt-4 text-slate-700">
          This page opens from the link in your reset email.{" "}
          <Link href="/forgot-password" className="font-medium text-indigo-700 underline">
            Ask for a link
          </Link>
        </p>
      )}
    </>
  );
}
