import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "../../../components/auth/forgot-password-form.tsx";

export const metadata: Metadata = { title: "Forgot your password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Forgot your password?</h1>
      <p className="mt-1 mb-6 text-slate-600">Enter the email you sign in with; we will send you a link to choose a new one.</p>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm text-slate-700">
        Remembered it?{" "}
        <Link href="/login" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
          Sign in
        </Link>
      </p>
    </>
  );
}
