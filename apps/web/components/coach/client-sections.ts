/**
 * The sections of a coach's view of a client, each at its own URL
 * (`/clients/<id>` for insights, `/clients/<id>/<slug>` for the others), so
 * reload and back keep the section. Plain data: the server route validates the slug.
 */
export const CLIENT_SECTIONS = [
  { slug: "insights", label: "Insights" },
  { slug: "plan", label: "Plan" },
  { slug: "reviews", label: "Reviews" },
  { slug: "events", label: "Events" },
  { slug: "conversations", label: "Conversations" },
  { slug: "one-on-ones", label: "One-on-ones" },
  { slug: "leads", label: "Leads" },
  { slug: "contacts", label: "Contacts" },
  { slug: "companies", label: "Companies" },
  { slug: "venues", label: "Venues" },
  { slug: "tasks", label: "Tasks" },
  { slug: "posts", label: "Posts" },
] as const;

export type ClientSection = (typeof CLIENT_SECTIONS)[number]["slug"];

export function isClientSection(slug: string): slug is ClientSection {
  return CLIENT_SECTIONS.some((section) => section.slug === slug);
}

export function sectionHref(clientId: string, section: ClientSection): string {
  return section === "insights" ? `/clients/${clientId}` : `/clients/${clientId}/${section}`;
}
