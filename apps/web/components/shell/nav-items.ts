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

/** The dashboard's sections in nav order: the plan of what the shell will hold. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: "Home", href: "/", roles: BOTH, built: true },
  { label: "Roster", href: "/roster", roles: ["COACH"], built: false },
  { label: "This week", href: "/week", roles: JOBSEEKER, built: false },
  { label: "Quick log", href: "/log", roles: JOBSEEKER, built: false },
  { label: "Venues", href: "/venues", roles: JOBSEEKER, built: false },
  { label: "Events", href: "/events", roles: JOBSEEKER, built: false },
  { label: "Contacts", href: "/contacts", roles: JOBSEEKER, built: false },
  { label: "One-on-ones", href: "/meetings", roles: JOBSEEKER, built: false },
  { label: "Companies", href: "/companies", roles: JOBSEEKER, built: false },
  { label: "Leads", href: "/leads", roles: JOBSEEKER, built: false },
  { label: "Tasks", href: "/tasks", roles: JOBSEEKER, built: false },
  { label: "Posts", href: "/posts", roles: JOBSEEKER, built: false },
  { label: "Plan", href: "/plan", roles: JOBSEEKER, built: false },
  { label: "Insights", href: "/insights", roles: JOBSEEKER, built: false },
  { label: "Settings", href: "/settings", roles: BOTH, built: false },
];

export function navItemsFor(role: TRole): NavItem[] {
  return NAV_ITEMS.filter((item) => item.built && item.roles.includes(role));
}

export const ROLE_LABELS: Record<TRole, string> = { JOBSEEKER: "Jobseeker", COACH: "Career coach" };
