/**
 * An organisation's invitation over the real mail path: the outbox, the mail
 * worker, nodemailer and an SMTP server in this process; the coach follows the
 * link in what arrived.
 */
import request from "supertest";
import { expect, it } from "vitest";
import { makeOrg } from "../../../../../test/helpers/orgs.ts";
import { linkIn, useMailingTestApp } from "../../../../../test/helpers/smtp.ts";
import { signUp } from "../../../../../test/helpers/users.ts";

const mailing = useMailingTestApp({ MAIL_RETRY_DELAY_SECONDS: "1" });
const { context } = mailing;

it("emails a join link whose token makes the invited coach a member, once", async () => {
  const admin = await signUp(context.app, "COACH", "Ada Admin");
  const coach = await signUp(context.app, "COACH", "Cole Coach");
  const orgId = await makeOrg(context.app, admin, "Northside <Careers>");
  await request(context.app.server)
    .post(`/api/v1/orgs/${orgId}/invites`)
    .set(admin.auth)
    .send({ email: coach.user.email, role: "ADMIN" })
    .expect(201);

  const mail = await mailing
    .smtp()
    .waitFor(coach.user.email, (message) => message.subject === "Join Northside <Careers> on Traction");
  expect(mail.text).toContain("Ada Admin invites you to join Northside <Careers> on Traction as an admin.");
  expect(mail.html).toContain("Northside &lt;Careers&gt;");
  const link = linkIn(mail, "/orgs/join");
  expect(link.origin).toBe("https://traction.example");
  const token = link.searchParams.get("token")!;

  await request(context.app.server)
    .post("/api/v1/org-invites/accept")
    .set(coach.auth)
    .send({ token })
    .expect(200, { orgId, role: "ADMIN" });
  const org = await request(context.app.server).get(`/api/v1/orgs/${orgId}`).set(coach.auth).expect(200);
  expect(org.body.role).toBe("ADMIN");
  await request(context.app.server).post("/api/v1/org-invites/accept").set(coach.auth).send({ token }).expect(404);
});
