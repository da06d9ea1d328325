/**
 * Account recovery and verification over a real SMTP path: the API's mail
 * worker sends through nodemailer to an SMTP server in this process, and the
 * tests follow the links in what arrived.
 */
import request from "supertest";
import { describe, expect, it } from "vitest";
import { linkIn, useMailingTestApp } from "../../../../../test/helpers/smtp.ts";
import { signUp, uniqueEmail } from "../../../../../test/helpers/users.ts";
import { RESET_RESPONSE_FLOOR_MS } from "./recovery.ts";

const mailing = useMailingTestApp({ MAIL_RETRY_DELAY_SECONDS: "1" });
const { context } = mailing;

const api = () => request(context.app.server);
const resetSubject = (mail: { subject?: string }) => mail.subject === "Reset your Traction password";

describe("password reset", () => {
  it("emails a link that sets a new password once and ends every earlier session", async () => {
    const owner = await signUp(context.app);
    await api().post("/api/v1/auth/password-reset").send({ email: owner.user.email.toUpperCase() }).expect(202);

    const mail = await mailing.smtp().waitFor(owner.user.email, resetSubject);
    expect(mail.html).toContain("Choose a new password");
    expect(mail.text).toContain("Hello Test User,");
    const link = linkIn(mail, "/reset-password");
    expect(link.origin).toBe("https://traction.example");
    const token = link.searchParams.get("token")!;

    const newPassword = "a brand new passphrase 7";
    await api().post("/api/v1/auth/password-reset/confirm").send({ token, password: newPassword }).expect(204);
    // The link works once.
    const again = await api()
      .post("/api/v1/auth/password-reset/confirm")
      .send({ token, password: "another passphrase 8" })
      .expect(400);
    expect(again.body.errors).toEqual([{ path: "token", message: expect.stringContaining("expired or was already used") }]);

    // The old session's refresh token was revoked; the old password no longer works; the new one does.
    await api().post("/api/v1/auth/refresh").set("Cookie", owner.refreshCookie).expect(401);
    await api().post("/api/v1/auth/login").send({ email: owner.user.email, password: owner.password }).expect(401);
    await api().post("/api/v1/auth/login").send({ email: owner.user.email, password: newPassword }).expect(200);
  });

  it("answers an unknown address exactly like a known one, no sooner, and sends nothing", async () => {
    const email = uniqueEmail("nobody");
    const started = Date.now();
    const response = await api().post("/api/v1/auth/password-reset").send({ email }).expect(202);
    expect(Date.now() - started).toBeGreaterThanOrEqual(RESET_RESPONSE_FLOOR_MS - 5);
    const known = await signUp(context.app);
    const knownResponse = await api().post("/api/v1/auth/password-reset").send({ email: known.user.email }).expect(202);
    expect(response.body).toEqual(knownResponse.body);
    await mailing.smtp().waitFor(known.user.email, resetSubject);
    expect(mailing.smtp().messages.some((mail) => mail.to && JSON.stringify(mail.to).includes(email))).toBe(false);
  });

  it("refuses an unknown, forged or expired token with a 400 naming it, and changes nothing", async () => {
    const owner = await signUp(context.app);
    await api()
      .post("/api/v1/auth/password-reset/confirm")
      .send({ token: "x".repeat(43), password: "a brand new passphrase 7" })
      .expect(400);
    await api().post("/api/v1/auth/password-reset").send({ email: owner.user.email }).expect(202);
    const token = linkIn(await mailing.smtp().waitFor(owner.user.email, resetSubject), "/reset-password").searchParams.get(
      "token",
    )!;
    await context.app.db.accountToken.updateMany({
      where: { userId: owner.user.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    await api().post("/api/v1/auth/password-reset/confirm").send({ token, password: "a brand new passphrase 7" }).expect(400);
    await api().post("/api/v1/auth/login").send({ email: owner.user.email, password: owner.password }).expect(200);
  });

  it("a second request replaces the first link", async () => {
    const owner = await signUp(context.app);
    await api().post("/api/v1/auth/password-reset").send({ email: owner.user.email }).expect(202);
    const first = linkIn(await mailing.smtp().waitFor(owner.user.email, resetSubject), "/reset-password").searchParams.get(
      "token",
    )!;
    await api().post("/api/v1/auth/password-reset").send({ email: owner.user.email }).expect(202);
    const second = linkIn(
      await mailing.smtp().waitFor(owner.user.email, (mail) => resetSubject(mail) && !(mail.text ?? "").includes(first)),
      "/reset-password",
    ).searchParams.get("token")!;
    await api()
      .post("/api/v1/auth/password-reset/confirm")
      .send({ token: first, password: "a brand new passphrase 7" })
      .expect(400);
    await api()
      .post("/api/v1/auth/password-reset/confirm")
      .send({ token: second, password: "a brand new passphrase 7" })
      .expect(204);
  });

  it("names each bad field", async () => {
    const response = await api().post("/api/v1/auth/password-reset").send({ email: "not an email", extra: 1 }).expect(400);
    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(["email", "extra"]);
  });
});

describe("email verification", () => {
  it("a new account is asked to confirm its address, and the link confirms it once", async () => {
    const owner = await signUp(context.app);
    const before = await context.app.db.user.findUniqueOrThrow({ where: { id: owner.user.id } });
    expect(before.emailVerifiedAt).toBeNull();
    const mail = await mailing
      .smtp()
      .waitFor(owner.user.email, (message) => message.subject === "Confirm your email address for Traction");
    const token = linkIn(mail, "/verify-email").searchParams.get("token")!;
    await api().post("/api/v1/auth/verify-email").send({ token }).expect(204);
    const after = await context.app.db.user.findUniqueOrThrow({ where: { id: owner.user.id } });
    expect(after.emailVerifiedAt).toBeInstanceOf(Date);
    await api().post("/api/v1/auth/verify-email").send({ token }).expect(400);
  });
});

describe("changing the email address", () => {
  it("confirms the new address before using it, and tells the old one", async () => {
    const owner = await signUp(context.app);
    const newEmail = uniqueEmail("moved");
    const answer = await api().patch("/api/v1/me").set(owner.auth).send({ email: newEmail.toUpperCase() }).expect(200);
    expect(answer.body.email).toBe(owner.user.email);

    const notice = await mailing
      .smtp()
      .waitFor(owner.user.email, (mail) => mail.subject === "Your Traction email address is changing");
    expect(notice.text).toContain(newEmail);
    const confirmation = await mailing
      .smtp()
      .waitFor(newEmail, (mail) => mail.subject === "Confirm your email address for Traction");
    // Until it is confirmed, the account signs in with the old address only.
    await api().post("/api/v1/auth/login").send({ email: newEmail, password: owner.password }).expect(401);

    await api()
      .post("/api/v1/auth/verify-email")
      .send({ token: linkIn(confirmation, "/verify-email").searchParams.get("token") })
      .expect(204);
    await api().post("/api/v1/auth/login").send({ email: newEmail, password: owner.password }).expect(200);
    await api().post("/api/v1/auth/login").send({ email: owner.user.email, password: owner.password }).expect(401);
  });

  it("refuses an address another account uses (409), sending nothing", async () => {
    const [owner, other] = [await signUp(context.app), await signUp(context.app)];
    const before = await context.app.db.emailMessage.count({ where: { userId: owner.user.id } });
    await api().patch("/api/v1/me").set(owner.auth).send({ email: other.user.email, name: "Renamed" }).expect(409);
    expect(await context.app.db.emailMessage.count({ where: { userId: owner.user.id } })).toBe(before);
    expect((await api().get("/api/v1/me").set(owner.auth)).body.name).toBe("Test User");
  });
});

describe("the mail path", () => {
  it("retries a message the SMTP server refuses for now, then records it as sent", async () => {
    const email = uniqueEmail("flaky");
    mailing.smtp().failNext(email, 1);
    await api()
      .post("/api/v1/auth/register")
      .send({ email, password: "correct horse battery", name: "Flaky Mailbox", role: "JOBSEEKER" })
      .expect(201);
    await mailing.smtp().waitFor(email, undefined, 20_000);
    const [row] = await context.app.db.emailMessage.findMany({ where: { to: email, kind: "VERIFY_EMAIL" } });
    await expect
      .poll(async () => (await context.app.db.emailMessage.findUniqueOrThrow({ where: { id: row!.id } })).status)
      .toBe("SENT");
    const sent = await context.app.db.emailMessage.findUniqueOrThrow({ where: { id: row!.id } });
    expect(sent.attempts).toBe(2);
  }, 30_000);
});
