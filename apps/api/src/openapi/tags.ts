/** Every tag of the document, in the order the reference shows them, each with what it groups. */
export const TAGS = [
  { name: "system", description: "Liveness and readiness probes of the API process (not under PUBLIC_URL)." },
  {
    name: "auth",
    description: "Accounts and sessions: register, sign in, refresh, sign out, password reset, email verification.",
  },
  { name: "account", description: "The signed-in account: profile, password, notification emails, data export, deletion." },
  {
    name: "api-keys",
    description:
      "API keys (`trk_…`) for scripts and integrations: scoped `read`, `write` or `admin`, each with its own rate limit.",
  },
  { name: "calendar", description: "A secret iCalendar feed URL of your one-on-ones and follow-ups, for calendar apps." },
  { name: "imports", description: "Background imports of other tools' exports (LinkedIn connections) as contacts." },
  {
    name: "webhooks",
    description: "Traction POSTs signed events to your https endpoint; register, list, delete, and read the delivery log.",
  },
  { name: "venues", description: "Where networking happens (meetups, communities, conferences)." },
  { name: "events", description: "Occasions at a venue that you attended or plan to attend." },
  { name: "contacts", description: "People you met, with how you met and what they can do for your search." },
  { name: "companies", description: "Target companies, with their priority and what you know about them." },
  { name: "conversations", description: "Conversations with contacts, short or long, in person or online." },
  { name: "meetings", description: "One-on-ones with contacts, planned or held, with their outcome." },
  { name: "leads", description: "Job opportunities and their stage from idea to hire, with the stage history." },
  { name: "tasks", description: "Follow-ups and to-dos, yours or assigned by a coach." },
  { name: "posts", description: "What you published (LinkedIn posts and the like) and how it landed." },
  { name: "plan", description: "Your pitch, start date and weekly targets (events, contacts, conversations, one-on-ones)." },
  { name: "insights", description: "The diagnosis of your networking: health score, tips, flags, funnel and weekly activity." },
  { name: "reviews", description: "Weekly reviews: what went well, what to change, and whether the readjustment worked." },
  {
    name: "coaches",
    description: "Your coaches: invite codes that link one, the list of them, revoking their access; their target suggestions.",
  },
  {
    name: "coach",
    description: "For coaches: your clients, read-only access to their records, tasks and target suggestions for them.",
  },
  { name: "comments", description: "Threads between a jobseeker and their coaches on a week or a record." },
  {
    name: "sync",
    description: "Keeping a copy in step: record lists take `updatedSince`, and the deletions list says what was deleted since.",
  },
  {
    name: "organisations",
    description:
      "Career centres: members and their invitations, cohorts with join codes, the enrolled clients with the coach assigned, cohort benchmarks and the cohort's health week by week (suppressed under 5 clients).",
  },
  {
    name: "enrolments",
    description:
      "A jobseeker's enrolments in cohorts: joining with a code is consent to share health, flags and targets; leaving ends it.",
  },
];
