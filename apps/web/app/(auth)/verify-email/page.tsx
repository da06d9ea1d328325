import type { Metadata } from "next";
import { VerifyEmail } from "../../../components/auth/verify-email.tsx";

export const metadata: Metadata = { title: "Confirm your email" };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Confirm your email</h1>
      {typeof token === "string" && token.length > 0 ? (
        <VerifyEmail token={token} />
      ) : (
        <p role="alert">This page opens from the link in your confirmation email.</p>
      )}
    </>
  );
}
