/**
 * A coach invites a jobseeker by email, over a real SMTP path: the API's mail
 * worker sends through nodemailer to an SMTP server in this process, and the
 * tests follow the link in what arrived to accept or decline.
 */
import type { ParsedMail } from "mailparser";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { linkIn, useMailingTestApp, type TestSmtp } from "../../../../../test/helpers/smtp.ts";
import { signUp, uniqueEmail, type TestUser } from "../../../../../test/helpers/users.ts";

const { context, smtp: server } = useMailingTestApp();
let smtp: TestSmtp;
beforeAll(() => {
  smtp = server();
});

const api = () => request(context.app.server);
const isInvite = (mail: ParsedMail) => (mail.subject ?? "").includes("invites you to Traction");

function invite(coach: TestUser, email: string, headers: Record<string, string> = {}) {
  return api().post("/api/v1/coach/invites").set(coach.auth).set(headers).send({ email });
}

/** Invites `client` and returns the token from the emailed link. */
async function invitedToken(coach: TestUser, client: TestUser): Promise<string> {
  const before = new Set(smtp.messages);
  await invite(coach, client.user.email).expect(201);
  const mail = await smtp.waitFor(client.user.email, (message) => isInvite(message) && !before.has(message));
  return linkIn(mail, "/invitation").searchParams.get("token")!;
}

describe("inviting a jobseeker by email", () => {
  it("emails a link; the jobseeker reads what the coach will see, accepts, and the coach is linked and told", async () => {
    const coach = await signUp(context.app, "COACH", "Robin Coach");
    const client = await signUp(context.app, "JOBSEEKER", "Jamie Client");

    const created = await invite(coach, `  ${client.user.email.toUpperCase()} `).expect(201);
    expect(created.body).toMatchObject({ email: client.user.email, status: "PENDING", decidedAt: null });
    expect(created.headers.location).toBe(`/api/v1/coach/invites/${created.body.id}`);

    const mail = await smtp.waitFor(client.user.email, isInvite);
    expect(mail.subject).toBe("Robin Coach invites you to Traction as your career coach");
    expect(mail.text).toContain("Your insights and health score");
    expect(mail.html).toContain("Accept or decline");
    const link = linkIn(mail, "/invitation");
    expect(link.origin).toBe("https://traction.example");
    const token = link.searchParams.get("token")!;
    // Only the hash is stored.
    const stored = await context.app.db.coachEmailInvite.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(7 * 86_400_000);

    const preview = await api().post("/api/v1/coach-invites/preview").set(client.auth).send({ token }).expect(200);
    expect(preview.body.coach).toEqual({ id: coach.user.id, name: "Robin Coach", email: coach.user.email });
    expect(preview.body.coachSees.length).toBeGreaterThan(3);

    const accepted = await api().post("/api/v1/coach-invites/accept").set(client.auth).send({ token }).expect(200);
    expect(accepted.body).toMatchObject({ coach: { id: coach.user.id }, status: "ACTIVE" });

    const coaches = await api().get("/api/v1/coaches").set(client.auth).expect(200);
    expect(coaches.body.data.map((row: { id: string }) => row.id)).toEqual([accepted.body.id]);
    const roster = await api().get("/api/v1/coach/clients").set(coach.auth).expect(200);
    expect(roster.body.data.map((row: { client: { id: string } }) => row.client.id)).toEqual([client.user.id]);

    const told = await smtp.waitFor(coach.user.email, (message) => (message.subject ?? "").includes("accepted"));
    expect(told.subject).toBe("Jamie Client accepted your coaching invitation");

    const list = await api().get("/api/v1/coach/invites").set(coach.auth).expect(200);
    expect(list.body.data).toEqual([expect.objectContaining({ id: created.body.id, status: "ACCEPTED" })]);
    // The link works once.
    await api().post("/api/v1/coach-invites/accept").set(client.auth).send({ token }).expect(404);
    await api().post("/api/v1/coach-invites/decline").set(client.auth).send({ token }).expect(404);
  });

  it("a declined invitation links nothing, and the coach is told and sees DECLINED", async () => {
    const coach = await signUp(context.app, "COACH", "Sam Coach");
    const client = await signUp(context.app, "JOBSEEKER", "Alex Private");
    const token = await invitedToken(coach, client);

    await api().post("/api/v1/coach-invites/decline").set(client.auth).send({ token }).expect(204);
    const told = await smtp.waitFor(coach.user.email, (message) => (message.subject ?? "").includes("declined"));
    expect(told.text).toContain(client.user.email);
    expect(told.text).not.toContain("Alex Private");

    const coaches = await api().get("/api/v1/coaches").set(client.auth).expect(200);
    expect(coaches.body.data).toEqual([]);
    await api().get(`/api/v1/coach/clients/${client.user.id}`).set(coach.auth).expect(404);
    const declined = await api().get("/api/v1/coach/invites").query({ status: "DECLINED" }).set(coach.auth).expect(200);
    expect(declined.body.data).toEqual([expect.objectContaining({ email: client.user.email, status: "DECLINED" })]);
    await api().post("/api/v1/coach-invites/accept").set(client.auth).send({ token }).expect(404);
  });

  it("only the account of the invited address may answer", async () => {
    const coach = await signUp(context.app, "COACH");
    const client = await signUp(context.app);
    const other = await signUp(context.app);
    const token = await invitedToken(coach, client);
    const response = await api().post("/api/v1/coach-invites/accept").set(other.auth).send({ token }).expect(404);
    expect(response.body.detail).toContain("sent to another email address");
    expect(JSON.stringify(response.body)).not.toContain(client.user.email);
    await api().post("/api/v1/coach-invites/accept").set(client.auth).send({ token }).expect(200);
  });

  it("a withdrawn or expired invitation's link no longer works; a new one replaces a pending one", async () => {
    const coach = await signUp(context.app, "COACH");
    const client = await signUp(context.app);
    const first = await invitedToken(coach, client);
    const second = await invitedToken(coach, client);
    await api().post("/api/v1/coach-invites/preview").set(client.auth).send({ token: first }).expect(404);
    const pending = await api().get("/api/v1/coach/invites").query({ status: "PENDING" }).set(coach.auth).expect(200);
    expect(pending.body.data).toHaveLength(1);

    await api().delete(`/api/v1/coach/invites/${pending.body.data[0].id}`).set(coach.auth).expect(204);
    await api().delete(`/api/v1/coach/invites/${pending.body.data[0].id}`).set(coach.auth).expect(404);
    await api().post("/api/v1/coach-invites/preview").set(client.auth).send({ token: second }).expect(404);

    const third = await invitedToken(coach, client);
    await context.app.db.coachEmailInvite.updateMany({
      where: { coachId: coach.user.id, status: "PENDING" },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await api().post("/api/v1/coach-invites/accept").set(client.auth).send({ token: third }).expect(404);
    const expired = await api().get("/api/v1/coach/invites").query({ status: "EXPIRED" }).set(coach.auth).expect(200);
    expect(expired.body.data).toHaveLength(1);
  });

  it("refuses a client already on the roster, and a bad address names the field", async () => {
    const coach = await signUp(context.app, "COACH");
    const client = await signUp(context.app);
    await api()
      .post("/api/v1/coach-invites/accept")
      .set(client.auth)
      .send({ token: await invitedToken(coach, client) })
      .expect(200);
    await invite(coach, client.user.email).expect(409);
    const bad = await api().post("/api/v1/coach/invites").set(coach.auth).send({ email: "not an address", cc: "x" }).expect(400);
    expect(bad.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(["cc", "email"]);
  });

  it("replays an Idempotency-Key without a second invitation or email", async () => {
    const coach = await signUp(context.app, "COACH");
    const email = uniqueEmail("replay");
    const first = await invite(coach, email, { "Idempotency-Key": "invite-1" }).expect(201);
    const again = await invite(coach, email, { "Idempotency-Key": "invite-1" }).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await context.app.db.coachEmailInvite.count({ where: { coachId: coach.user.id } })).toBe(1);
    expect(await context.app.db.emailMessage.count({ where: { to: email } })).toBe(1);
  });

  it("limits invitations to one address to 3 an hour by default, whoever sends them", async () => {
    const email = uniqueEmail("limited");
    const coaches = await Promise.all([signUp(context.app, "COACH"), signUp(context.app, "COACH")]);
    for (let i = 0; i < context.config.INVITE_RATE_LIMIT_PER_EMAIL; i += 1) await invite(coaches[i % 2]!, email).expect(201);
    const refused = await invite(coaches[1], email).expect(429);
    expect(refused.headers["retry-after"]).toBeDefined();
    expect(refused.body.detail).toContain("invitations to this address");
    await invite(coaches[1], uniqueEmail("other")).expect(201);
  });
});
