/** Record fixtures made through the API, as a client would. */
import type { FastifyInstance } from "fastify";
import request from "supertest";
import type { TestUser } from "./users.ts";

export async function post(
  app: FastifyInstance,
  user: TestUser,
  path: string,
  body: object,
): Promise<{ id: string } & Record<string, unknown>> {
  const response = await request(app.server).post(path).set(user.auth).send(body);
  if (response.status !== 201) throw new Error(`POST ${path} → ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export const makeVenue = (app: FastifyInstance, user: TestUser, body: object = {}) =>
  post(app, user, "/api/v1/venues", { name: "Downtown Rotary", kind: "BUSINESS_NETWORKING_GROUP", ...body });

export async function makeEvent(app: FastifyInstance, user: TestUser, body: object = {}) {
  const venueId = "venueId" in body ? undefined : (await makeVenue(app, user)).id;
  return post(app, user, "/api/v1/events", { venueId, date: daysAgo(3), hours: 2, ...body });
}

export const makeContact = (app: FastifyInstance, user: TestUser, body: object = {}) =>
  post(app, user, "/api/v1/contacts", { name: "Pat Plumber", ...body });

export const makeCompany = (app: FastifyInstance, user: TestUser, body: object = {}) =>
  post(app, user, "/api/v1/companies", { name: "Acme Corp", ...body });

/** `YYYY-MM-DD`, `days` before today (UTC). Negative for the future. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** Every id of a paginated list, following `nextCursor` to the end. */
export async function listAll(app: FastifyInstance, user: TestUser, path: string, query: Record<string, string | number> = {}) {
  const rows: Array<Record<string, unknown> & { id: string }> = [];
  let cursor: string | null = null;
  do {
    const response: request.Response = await request(app.server)
      .get(path)
      .query({ ...query, ...(cursor ? { cursor } : {}) })
      .set(user.auth)
      .expect(200);
    rows.push(...response.body.data);
    cursor = response.body.nextCursor;
  } while (cursor);
  return rows;
}

/** A conversation; with no `contactIds` given, it is with one fresh contact. */
export async function makeConversation(app: FastifyInstance, user: TestUser, body: object = {}) {
  const contactIds = "contactIds" in body ? undefined : [(await makeContact(app, user)).id];
  return post(app, user, "/api/v1/conversations", { date: daysAgo(2), contactIds, ...body });
}

/** The sorted field paths of a 400 problem document. */
export const errorPaths = (response: { body: { errors?: Array<{ path: string }> } }) =>
  (response.body.errors ?? []).map((error) => error.path).sort();

/** A one-on-one; with no `contactId` given, with one fresh contact; scheduled (which needs a time) unless told otherwise. */
export async function makeMeeting(app: FastifyInstance, user: TestUser, body: object = {}) {
  const contactId = "contactId" in body ? undefined : (await makeContact(app, user)).id;
  const scheduledAt = "scheduledAt" in body ? undefined : new Date(Date.now() + 2 * 86_400_000).toISOString();
  return post(app, user, "/api/v1/meetings", { contactId, status: "SCHEDULED", scheduledAt, ...body });
}

export const makeLead = (app: FastifyInstance, user: TestUser, body: object = {}) =>
  post(app, user, "/api/v1/leads", { title: "Data analyst", stage: "IDEA", ...body });

export const makeTask = (app: FastifyInstance, user: TestUser, body: object = {}) =>
  post(app, user, "/api/v1/tasks", { title: "Send the article to Pat", ...body });

export const makePost = (app: FastifyInstance, user: TestUser, body: object = {}) =>
  post(app, user, "/api/v1/posts", { title: "What I learned from ten coffees", ...body });

/** The ids of a list's rows, in order. */
export const idsOf = (rows: Array<{ id: string }>) => rows.map((row) => row.id);
