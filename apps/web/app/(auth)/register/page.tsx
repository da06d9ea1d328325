import type { Metadata } from "next";
import Link from "next/link";
import { RegisterForm } from "../../../components/auth/register-form.tsx";

export const metadata: Metadata = { title: "Create your account" };

export default function RegisterPage() {
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Create your account</h1>
      <p className="mt-1 mb-6 text-slate-600">Turn networking into a job, with evidence of what works.</p>
      <RegisterForm />
      <p className="mt-6 text-sm text-slate-700">
        Already have an account?{" "}
        <Link href="/login" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
          Sign in
        </Link>
      </p>
    </>
  );
}
