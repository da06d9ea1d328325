"use client";

import { ROLE_LABELS } from "../shell/nav-items.ts";
import { useUser } from "../session/session-provider.tsx";

const joined = new Intl.DateTimeFormat("en", { dateStyle: "long" });

/** Who is signed in: the home page until "This week" takes its place. */
export function AccountSummary() {
  const user = useUser();
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Welcome, {user.name}</h1>
      <p className="mt-1 text-slate-600">You are signed in to Traction.</p>
      <section
        aria-labelledby="account-heading"
        className="mt-8 max-w-xl rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
      >
        <h2 id="account-heading" className="text-lg font-semibold">
          Your account
        </h2>
        <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="font-medium text-slate-600">Name</dt>
          <dd className="-mt-2 break-words text-slate-900 sm:mt-0">{user.name}</dd>
          <dt className="font-medium text-slate-600">Email</dt>
          <dd className="-mt-2 break-all text-slate-900 sm:mt-0">{user.email}</dd>
          <dt className="font-medium text-slate-600">Role</dt>
          <dd className="-mt-2 text-slate-900 sm:mt-0">{ROLE_LABELS[user.role]}</dd>
          <dt className="font-medium text-slate-600">Member since</dt>
          <dd className="-mt-2 text-slate-900 sm:mt-0">
            <time dateTime={user.createdAt.toISOString()}>{joined.format(user.createdAt)}</time>
          </dd>
        </dl>
      </section>
    </>
  );
}
