/**
 * A jobseeker with at least one record of every kind (made through the API),
 * for the export and account-deletion tests.
 */
import type { FastifyInstance } from "fastify";
import request from "supertest";
import {
  daysAgo,
  makeCompany,
  makeContact,
  makeConversation,
  makeEvent,
  makeLead,
  makeMeeting,
  makePost,
  makeTask,
  makeVenue,
} from "./records.ts";
import type { TestUser } from "./users.ts";

export interface Everything {
  /** Every id the user's records carry, by resource. */
  ids: Record<string, string[]>;
  planId: string;
}

export async function makeEverything(app: FastifyInstance, user: TestUser, label = "x"): Promise<Everything> {
  const venue = await makeVenue(app, user, { name: `Chamber ${label}` });
  const event = await makeEvent(app, user, { venueId: venue.id });
  const company = await makeCompany(app, user, { name: `Acme ${label}` });
  const contact = await makeContact(app, user, { name: `Pat ${label}`, metAtEventId: event.id, companyId: company.id });
  const conversation = await makeConversation(app, user, {
    contactIds: [contact.id],
    eventId: event.id,
    mentionedCompanyIds: [company.id],
    mentionedJobSearch: true,
    followUp: { action: `Send ${label} the deck`, dueOn: daysAgo(-2) },
  });
  const meeting = await makeMeeting(app, user, { contactId: contact.id, status: "DONE" });
  const lead = await makeLead(app, user, { companyId: company.id, sourceContactId: contact.id, stage: "APPLIED" });
  await request(app.server).patch(`/api/v1/leads/${lead.id}`).set(user.auth).send({ stage: "INTERVIEW" }).expect(200);
  const task = await makeTask(app, user, { contactId: contact.id });
  const blog = await makePost(app, user, { title: `Notes by ${label}` });
  // An idempotency key is a row the user owns too.
  const keyed = await request(app.server)
    .post("/api/v1/venues")
    .set(user.auth)
    .set("Idempotency-Key", `key-${label}`)
    .send({ name: `Idempotent ${label}`, kind: "ALUMNI" })
    .expect(201);
  const plan = await request(app.server)
    .put("/api/v1/plan")
    .set(user.auth)
    .send({ pitch: `Pitch of ${label}` })
    .expect(200);
  const followUpTaskId = (conversation.followUp as { taskId: string }).taskId;
  return {
    ids: {
      venues: [venue.id, keyed.body.id as string],
      events: [event.id],
      companies: [company.id],
      contacts: [contact.id],
      conversations: [conversation.id],
      meetings: [meeting.id],
      leads: [lead.id],
      tasks: [task.id, followUpTaskId],
      posts: [blog.id],
    },
    planId: plan.body.id as string,
  };
}
