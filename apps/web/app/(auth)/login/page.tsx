import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "../../../components/auth/login-form.tsx";
import { SignedOutNotice } from "../../../components/auth/signed-out-notice.tsx";

export const metadata: Metadata = { title: "Sign in" };

export default function LoginPage() {
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
      <p className="mt-1 mb-6 text-slate-600">Welcome back. Pick up where you left off.</p>
      <SignedOutNotice />
      <LoginForm />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
          Forgot your password?
        </Link>
      </p>
      <p className="mt-6 text-sm text-slate-700">
        New to Traction?{" "}
        <Link href="/register" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
          Create an account
        </Link>
      </p>
    </>
  );
}
