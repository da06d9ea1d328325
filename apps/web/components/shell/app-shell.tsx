"use client";

/**
 * The signed-in frame: on wide screens a sidebar with the nav and an account
 * bar with sign-out; on phones one top bar with sign-out and a menu button
 * that opens the nav.
 */
import type { TRole } from "@traction/schemas";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";
import { useSession, useUser } from "../session/session-provider.tsx";
import { Brand } from "./brand.tsx";
import { isCurrent, NAV_ITEMS, navItemsFor, ROLE_LABELS } from "./nav-items.ts";

const outlineButton =
  "shrink-0 rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100";

export function AppShell({ children }: { children: ReactNode }) {
  const user = useUser();
  const pathname = usePathname();
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuPath, setMenuPath] = useState(pathname);
  // Following a link closes the phone menu.
  if (menuPath !== pathname) {
    setMenuPath(pathname);
    setMenuOpen(false);
  }

  return (
    <div className="min-h-dvh bg-slate-50 md:grid md:grid-cols-[15rem_1fr]">
      <a
        href="#main"
        className="sr-only rounded-md bg-white px-3 py-2 font-medium text-indigo-800 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10"
      >
        Skip to content
      </a>
      <aside className="border-slate-200 md:sticky md:top-0 md:h-dvh md:border-r md:bg-white">
        <div className="flex items-center gap-2 border-b border-slate-200 bg-white px-4 py-3 md:border-b-0 md:py-5">
          <Brand />
          <div className="ml-auto flex items-center gap-2 md:hidden">
            <SignOutButton />
            <button
              type="button"
              aria-expanded={menuOpen}
              aria-controls="main-nav"
              onClick={() => setMenuOpen((open) => !open)}
              className={outlineButton}
            >
              Menu
            </button>
          </div>
        </div>
        <nav
          id="main-nav"
          aria-label="Main"
          className={`${menuOpen ? "block" : "hidden"} border-b border-slate-200 bg-white md:block md:border-b-0`}
        >
          <ul className="grid grid-cols-2 gap-1 p-3 md:block md:space-y-1">
            {navItemsFor(user.role).map((item) => (
              <li key={item.label}>
                <Link
                  href={item.href}
                  aria-current={isCurrent(item.href, pathname) ? "page" : undefined}
                  className="block rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-indigo-50 aria-[current=page]:text-indigo-800"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="hidden items-center justify-end gap-3 border-b border-slate-200 bg-white px-8 py-3 md:flex">
          <p className="min-w-0 truncate text-sm text-slate-700">
            <span className="font-medium text-slate-900">{user.name}</span> · {ROLE_LABELS[user.role]}
          </p>
          <SignOutButton />
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 outline-none md:px-8 md:py-10">
          {forOtherRole(pathname, user.role) ? <NotForYou /> : children}
        </main>
      </div>
    </div>
  );
}

/** One of these shows at a time: in the phone bar or in the wide-screen account bar. */
function SignOutButton() {
  const { signOut } = useSession();
  return (
    <button type="button" onClick={() => void signOut()} className={outlineButton}>
      Sign out
    </button>
  );
}

/** A section of the other role (a coach who types /venues): say so rather than show the API's refusal. */
function forOtherRole(pathname: string, role: TRole): boolean {
  const section = NAV_ITEMS.find((item) => item.href !== "/" && isCurrent(item.href, pathname));
  return section !== undefined && !section.roles.includes(role);
}

function NotForYou() {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-bold">Not part of your dashboard</h1>
      <p className="mt-1 text-slate-700">
        This page belongs to the other kind of account.{" "}
        <Link href="/" className="font-medium text-indigo-700 underline underline-offset-2">
          Back to your home page
        </Link>
      </p>
    </div>
  );
}
