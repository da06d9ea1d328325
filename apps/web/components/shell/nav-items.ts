import type { TRole } from "@traction/schemas";

export interface NavItem {
  label: string;
  href: string;
  roles: readonly TRole[];
  /** False until the page exists; the nav shows only built pages. */
  built: boolean;
}

const BOTH: readonly TRole[] = ["JOBSEEKER", "COACH"];
const JOBSEEKER: readonly TRole[] = ["JOBSEEKER"];
const COACH: readonly TRole[] = ["COACH"];

/** The dashboard's sections in nav order; a coach's home is the roster, a jobseeker's this week. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: "This week", href: "/", roles: JOBSEEKER, built: true },
  { label: "Roster", href: "/", roles: COACH, built: true },
  { label: "Invitations", href: "/invitations", roles: COACH, built: true },
  { label: "Quick log", href: "/log", roles: JOBSEEKER, built: true },
  { label: "Insights", href: "/insights", roles: JOBSEEKER, built: true },
  { label: "Weekly review", href: "/reviews", roles: JOBSEEKER, built: true },
  { label: "Venues", href: "/venues", roles: JOBSEEKER, built: true },
  { label: "Events", href: "/events", roles: JOBSEEKER, built: true },
  { label: "Contacts", href: "/contacts", roles: JOBSEEKER, built: true },
  { label: "One-on-ones", href: "/meetings", roles: JOBSEEKER, built: true },
  { label: "Companies", href: "/companies", roles: JOBSEEKER, built: true },
  { label: "Leads", href: "/leads", roles: JOBSEEKER, built: true },
  { label: "Tasks", href: "/tasks", roles: JOBSEEKER, built: true },
  { label: "Posts", href: "/posts", roles: JOBSEEKER, built: true },
  { label: "Plan", href: "/plan", roles: JOBSEEKER, built: true },
  { label: "Cohorts", href: "/cohorts", roles: JOBSEEKER, built: true },
  { label: "Organisations", href: "/orgs", roles: COACH, built: true },
  { label: "Settings", href: "/settings", roles: BOTH, built: true },
];

/** The nav entry a path belongs to: itself, or a page below it (a contact under /contacts, a client under the roster). */
export function isCurrent(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/" || pathname.startsWith("/clients/");
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function navItemsFor(role: TRole): NavItem[] {
  return NAV_ITEMS.filter((item) => item.built && item.roles.includes(role));
}

export const ROLE_LABELS: Record<TRole, string> = { JOBSEEKER: "Jobseeker", COACH: "Career coach" };
