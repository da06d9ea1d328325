/** Organisation fixtures made through the API, as admins, coaches and jobseekers would. */
import type { TOrgRole } from "@traction/schemas";
import type { FastifyInstance } from "fastify";
import request from "supertest";
import { post } from "./records.ts";
import type { TestUser } from "./users.ts";

export async function makeOrg(app: FastifyInstance, admin: TestUser, name = "Northside Career Centre"): Promise<string> {
  return (await post(app, admin, "/api/v1/orgs", { name })).id;
}

/**
 * The invitation token in the latest invitation email to `email`, read from
 * the outbox (the mail worker is off in most tests; the email test reads it
 * from a real SMTP server instead).
 */
export async function inviteTokenFor(app: FastifyInstance, email: string): Promise<string> {
  const mail = await app.db.emailMessage.findFirstOrThrow({
    where: { to: email, kind: "ORG_INVITE" },
    orderBy: { createdAt: "desc" },
    select: { text: true },
  });
  const token = /\/orgs\/join\?token=(\S+)/.exec(mail.text)?.[1];
  if (!token) throw new Error(`no invitation link in: ${mail.text}`);
  return decodeURIComponent(token);
}

/** `admin` invites `coach` by email and `coach` accepts. */
export async function addMember(
  app: FastifyInstance,
  admin: TestUser,
  orgId: string,
  coach: TestUser,
  role: TOrgRole = "COACH",
): Promise<void> {
  await post(app, admin, `/api/v1/orgs/${orgId}/invites`, { email: coach.user.email, role });
  const token = await inviteTokenFor(app, coach.user.email);
  await request(app.server).post("/api/v1/org-invites/accept").set(coach.auth).send({ token }).expect(200);
}

export async function makeCohort(
  app: FastifyInstance,
  admin: TestUser,
  orgId: string,
  name = "Autumn 2026",
): Promise<{ id: string; joinCode: string }> {
  const cohort = await post(app, admin, `/api/v1/orgs/${orgId}/cohorts`, { name, startsOn: "2026-09-01" });
  return { id: cohort.id, joinCode: cohort.joinCode as string };
}

/** The jobseeker enrols with the code; returns the enrolment id. */
export async function enrolWith(app: FastifyInstance, jobseeker: TestUser, joinCode: string): Promise<string> {
  return (await post(app, jobseeker, "/api/v1/enrolments", { joinCode })).id;
}

export async function assign(app: FastifyInstance, admin: TestUser, orgId: string, clientId: string, coachId: string) {
  const response = await request(app.server)
    .put(`/api/v1/orgs/${orgId}/clients/${clientId}/coach`)
    .set(admin.auth)
    .send({ coachId })
    .expect(200);
  return response.body as { linkId: string; madeByOrg: boolean };
}
