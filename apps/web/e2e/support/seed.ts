/**
 * Records made through the real API (not the UI) for tests that need a lived-in
 * account: a few venues, events, people, conversations, a one-on-one, a target
 * company, leads, tasks and a post.
 */
import { randomUUID } from "node:crypto";
import type { Account } from "./accounts.ts";
import { API_URL } from "./settings.ts";

/** One API call with a bearer token (creating calls get an Idempotency-Key); throws on any error status. */
export async function call<T>(token: string | null, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${API_URL}/api/v1${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json", "idempotency-key": randomUUID() }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

export async function registerWithRecords(account: Account): Promise<void> {
  const { accessToken: token } = await call<{ accessToken: string }>(null, "POST", "/auth/register", {
    ...account,
    role: "JOBSEEKER",
  });
  const post = <T = { id: string }>(path: string, body: unknown) => call<T>(token, "POST", path, body);

  const support = await post("/venues", { name: "Tuesday jobseekers circle", kind: "JOBSEEKER_SUPPORT_GROUP" });
  const chamber = await post("/venues", {
    name: "Chamber breakfast",
    kind: "BUSINESS_NETWORKING_GROUP",
    url: "https://chamber.example",
  });
  const gala = await post("/venues", { name: "Food bank gala", kind: "VOLUNTEERING" });
  const company = await post("/companies", { name: "Harbor Logistics", priority: 1, status: "CONNECTED" });
  await post("/companies", { name: "Northwind", priority: 2 });

  const events = [
    await post("/events", { venueId: support.id, date: daysAgo(20), hours: 3 }),
    await post("/events", { venueId: support.id, date: daysAgo(13), hours: 3 }),
    await post("/events", { venueId: gala.id, date: daysAgo(9), hours: 4, visibility: "BEHIND_THE_SCENES" }),
    await post("/events", { venueId: chamber.id, date: daysAgo(2), hours: 2 }),
  ];
  const grace = await post("/contacts", {
    name: "Grace Hopper",
    company: "Harbor Logistics",
    title: "Office manager",
    relationship: "INSIDER",
    companyId: company.id,
    metAtEventId: events[3]!.id,
  });
  const alan = await post("/contacts", { name: "Alan Plumber", relationship: "CONNECTOR", metAtEventId: events[3]!.id });
  const peer = await post("/contacts", { name: "Pat Peer", relationship: "PEER_JOBSEEKER", metAtEventId: events[0]!.id });

  await post("/conversations", { date: daysAgo(20), contactIds: [peer.id], eventId: events[0]!.id, smallTalkOnly: true });
  await post("/conversations", { date: daysAgo(13), contactIds: [peer.id], eventId: events[1]!.id, smallTalkOnly: true });
  await post("/conversations", {
    date: daysAgo(2),
    contactIds: [grace.id],
    eventId: events[3]!.id,
    channel: "AT_EVENT",
    mentionedJobSearch: true,
    mentionedCompanyIds: [company.id],
    explainedWhatIDo: true,
    followUp: { action: "Send Grace my portfolio", dueOn: daysAgo(1) },
  });
  await post("/conversations", { date: daysAgo(2), contactIds: [alan.id], eventId: events[3]!.id, explainedWhatIDo: true });

  const soon = new Date(Date.now() + 3 * 86_400_000);
  soon.setUTCHours(9, 30, 0, 0);
  await post("/meetings", {
    contactId: grace.id,
    status: "SCHEDULED",
    scheduledAt: soon.toISOString(),
    location: "Harbor café",
    agenda: "Logistics analyst roles",
  });
  await post("/meetings", { contactId: alan.id, status: "PROPOSED" });
  await post("/leads", { title: "Operations analyst", stage: "REFERRAL", companyId: company.id, sourceContactId: grace.id });
  await post("/leads", { title: "Supply planner", stage: "IDEA" });
  await post("/tasks", { title: "Thank Alan for the intro", dueOn: daysAgo(-2), contactId: alan.id });
  await post("/posts", {
    title: "What a dispatcher taught me about planning",
    url: "https://blog.example/dispatch",
    publishedOn: daysAgo(5),
  });
  await call(token, "PUT", "/plan", {
    pitch: "I plan supply chains that do not break.",
    targetRoles: ["Operations analyst", "Supply planner"],
  });
}
