/**
 * Generates networking histories straight in SQL (generate_series), so a year
 * of a heavy user's records takes seconds. Deterministic: `setseed` first.
 */
import { hash } from "@node-rs/argon2";
import pg from "pg";

export interface HistorySize {
  venues: number;
  events: number;
  contacts: number;
  companies: number;
  conversations: number;
  meetings: number;
  leads: number;
  tasks: number;
  posts: number;
  days: number;
}

/** The heavy user: one year of 5,000 events, 20,000 contacts, 50,000 conversations, 2,000 meetings, 500 leads. */
export const HEAVY: HistorySize = {
  venues: 120,
  events: 5_000,
  contacts: 20_000,
  companies: 60,
  conversations: 50_000,
  meetings: 2_000,
  leads: 500,
  tasks: 1_000,
  posts: 40,
  days: 365,
};

export const scaled = (size: HistorySize, factor: number): HistorySize =>
  Object.fromEntries(
    Object.entries(size).map(([key, value]) => [key, key === "days" ? value : Math.max(1, Math.round(value * factor))]),
  ) as unknown as HistorySize;

/** An ordinary user around them: a few weeks of modest activity. */
export const ORDINARY: HistorySize = {
  venues: 6,
  events: 20,
  contacts: 40,
  companies: 5,
  conversations: 60,
  meetings: 5,
  leads: 2,
  tasks: 6,
  posts: 1,
  days: 60,
};

/** A coach's client: a realistic half-year. */
export const HALF_YEAR: HistorySize = {
  venues: 12,
  events: 60,
  contacts: 150,
  companies: 8,
  conversations: 250,
  meetings: 20,
  leads: 6,
  tasks: 30,
  posts: 3,
  days: 182,
};

/**
 * Fills each owner's history. Bulk loading outruns autovacuum: analyze as the tables grow, or the
 * planner keeps planning for empty tables (and the contact-date triggers with it).
 */
export async function fillAll(client: pg.Client, ids: string[], size: HistorySize): Promise<void> {
  for (const [index, id] of ids.entries()) {
    await fillHistory(client, id, size);
    if (index % 50 === 0) await client.query("ANALYZE");
  }
}

/**
 * The insights benchmarks' people (deterministic), password `password` for all: the heavy user, the 10×
 * lighter one, `ordinary` users around them and, with `coachClients`, a coach with that many clients of half
 * a year each. Then analysed and printed, as a summary of the largest tables.
 */
export async function seedInsightsPeople(
  url: string,
  password: string,
  { ordinary, coachClients = 0 }: { ordinary: number; coachClients?: number },
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT setseed(0.42)");
    const passwordHash = await hash(password);
    const started = performance.now();
    const [heavy] = await createUsers(client, 1, "heavy", passwordHash);
    const [light] = await createUsers(client, 1, "light", passwordHash);
    await fillAll(client, [heavy!], HEAVY);
    await fillAll(client, [light!], scaled(HEAVY, 0.1));
    await fillAll(client, await createUsers(client, ordinary, "user", passwordHash), ORDINARY);
    if (coachClients > 0) {
      const [coach] = await createUsers(client, 1, "coach", passwordHash, "COACH");
      const clients = await createUsers(client, coachClients, "client", passwordHash);
      await fillAll(client, clients, HALF_YEAR);
      await linkClients(client, coach!, clients);
    }
    await client.query("ANALYZE");
    const { rows } = await client.query<{ table: string; rows: string }>(
      `SELECT relname AS table, n_live_tup AS rows FROM pg_stat_user_tables ORDER BY n_live_tup DESC LIMIT 8`,
    );
    console.log(
      `generated in ${((performance.now() - started) / 1000).toFixed(1)} s:`,
      rows.map((r) => `${r.table} ${r.rows}`).join(", "),
    );
  } finally {
    await client.end();
  }
}

/** ACTIVE links from one coach to each client. */
export async function linkClients(client: pg.Client, coachId: string, clientIds: string[]): Promise<void> {
  await client.query(`INSERT INTO "CoachLink" ("coachId", "clientId", status) SELECT $1, unnest($2::uuid[]), 'ACTIVE'`, [
    coachId,
    clientIds,
  ]);
}

export async function createUsers(
  client: pg.Client,
  count: number,
  prefix: string,
  passwordHash: string,
  role = "JOBSEEKER",
): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO "User" (email, "passwordHash", name, role, "updatedAt")
     SELECT $1 || i || '@bench.traction.test', $2, 'Bench ' || $1 || ' ' || i, $3::"Role", now()
     FROM generate_series(1, $4::int) i RETURNING id`,
    [prefix, passwordHash, role, count],
  );
  return rows.map((row) => row.id);
}

/** Fills one owner's history. Dates spread over the last `days` days. */
export async function fillHistory(client: pg.Client, ownerId: string, size: HistorySize): Promise<void> {
  const params = [ownerId, size.days];
  const run = (sql: string, count: number) => client.query(sql, [...params, count]);

  await run(
    `INSERT INTO "Venue" ("ownerId", name, kind, "createdAt", "updatedAt")
     SELECT $1, 'Venue ' || i, (enum_range(NULL::"VenueKind"))[1 + i % 10], now() - make_interval(days => $2), now()
     FROM generate_series(1, $3::int) i`,
    size.venues,
  );
  await run(
    `INSERT INTO "Company" ("ownerId", name, priority, "createdAt", "updatedAt")
     SELECT $1, 'Company ' || i, 1 + i % 3, now() - make_interval(days => $2), now() FROM generate_series(1, $3::int) i`,
    size.companies,
  );
  await run(
    `WITH v AS (SELECT array_agg(id) AS ids FROM "Venue" WHERE "ownerId" = $1)
     INSERT INTO "Event" ("ownerId", "venueId", date, hours, visibility, "updatedAt")
     SELECT $1, v.ids[1 + floor(random() * array_length(v.ids, 1))::int], current_date - floor(random() * $2)::int,
            0.5 + floor(random() * 8) / 2, CASE WHEN random() < 0.3 THEN 'BEHIND_THE_SCENES'::"Visibility" END, now()
     FROM generate_series(1, $3::int) i, v`,
    size.events,
  );
  await run(
    `WITH e AS (SELECT array_agg(id) AS ids FROM "Event" WHERE "ownerId" = $1),
          c AS (SELECT array_agg(id) AS ids FROM "Company" WHERE "ownerId" = $1)
     INSERT INTO "Contact" ("ownerId", name, company, relationship, "metAtEventId", "companyId", "createdAt", "updatedAt")
     SELECT $1, 'Contact ' || i, 'Org ' || (i % 500),
            (enum_range(NULL::"Relationship"))[1 + floor(random() * 7)::int],
            CASE WHEN random() < 0.7 THEN e.ids[1 + floor(random() * array_length(e.ids, 1))::int] END,
            CASE WHEN random() < 0.2 THEN c.ids[1 + floor(random() * array_length(c.ids, 1))::int] END,
            now() - make_interval(days => floor(random() * $2)::int), now()
     FROM generate_series(1, $3::int) i, e, c`,
    size.contacts,
  );
  await run(
    `INSERT INTO "Conversation" ("ownerId", date, "mentionedJobSearch", "explainedWhatIDo", "smallTalkOnly", "updatedAt")
     SELECT $1, current_date - floor(random() * $2)::int, random() < 0.5, random() < 0.3, random() < 0.3, now()
     FROM generate_series(1, $3::int) i`,
    size.conversations,
  );
  // Each conversation with one or two contacts; a fifth of them name a target company.
  await client.query(
    `WITH k AS (SELECT array_agg(id) AS ids FROM "Contact" WHERE "ownerId" = $1)
     INSERT INTO "ConversationContact" ("conversationId", "contactId", position)
     SELECT DISTINCT ON (c.id, pick.contact) c.id, pick.contact, pick.position
     FROM "Conversation" c, k,
     LATERAL (SELECT k.ids[1 + floor(random() * array_length(k.ids, 1))::int] AS contact, n AS position
              FROM generate_series(0, CASE WHEN random() < 0.4 THEN 1 ELSE 0 END) n WHERE c.id IS NOT NULL) pick
     WHERE c."ownerId" = $1`,
    [ownerId],
  );
  await client.query(
    `WITH co AS (SELECT array_agg(id) AS ids FROM "Company" WHERE "ownerId" = $1)
     INSERT INTO "ConversationCompany" ("conversationId", "companyId")
     SELECT c.id, co.ids[1 + floor(random() * array_length(co.ids, 1))::int]
     FROM "Conversation" c, co WHERE c."ownerId" = $1 AND random() < 0.2`,
    [ownerId],
  );
  await run(
    `WITH k AS (SELECT array_agg(id) AS ids FROM "Contact" WHERE "ownerId" = $1)
     INSERT INTO "Meeting" ("ownerId", "contactId", status, "scheduledAt", "updatedAt")
     SELECT $1, k.ids[1 + floor(random() * array_length(k.ids, 1))::int],
            (enum_range(NULL::"MeetingStatus"))[1 + floor(random() * 5)::int],
            now() - make_interval(days => floor(random() * $2)::int - 14), now()
     FROM generate_series(1, $3::int) i, k`,
    size.meetings,
  );
  await run(
    `WITH k AS (SELECT array_agg(id) AS ids FROM "Contact" WHERE "ownerId" = $1)
     INSERT INTO "Lead" ("ownerId", title, stage, "sourceContactId", "createdAt", "updatedAt")
     SELECT $1, 'Lead ' || i, (enum_range(NULL::"LeadStage"))[1 + floor(random() * 7)::int],
            k.ids[1 + floor(random() * array_length(k.ids, 1))::int], now() - make_interval(days => floor(random() * $2)::int), now()
     FROM generate_series(1, $3::int) i, k`,
    size.leads,
  );
  await client.query(
    `INSERT INTO "LeadStageChange" ("leadId", stage, "changedAt")
     SELECT id, stage, "createdAt" FROM "Lead" WHERE "ownerId" = $1`,
    [ownerId],
  );
  await run(
    `INSERT INTO "Task" ("ownerId", title, "dueOn", done, "updatedAt")
     SELECT $1, 'Follow up ' || i, current_date - floor(random() * $2)::int + 14, random() < 0.7, now()
     FROM generate_series(1, $3::int) i`,
    size.tasks,
  );
  await run(
    `INSERT INTO "Post" ("ownerId", title, "publishedOn", "updatedAt")
     SELECT $1, 'Post ' || i, current_date - floor(random() * $2)::int, now() FROM generate_series(1, $3::int) i`,
    size.posts,
  );
}
