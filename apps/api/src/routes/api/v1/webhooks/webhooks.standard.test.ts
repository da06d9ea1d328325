/**
 * Standard Webhooks signatures on real deliveries (verified with the
 * `standardwebhooks` package, as an integrator would), the deprecated
 * `Traction-Signature` alongside, test pings and redeliveries.
 */
import request from "supertest";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { linkCoach } from "../../../../../test/helpers/coaching.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { makeContact } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";
import { eventually, useReceivers, type Received } from "../../../../../test/helpers/webhook-receiver.ts";
import { standardSecret, verifySignature } from "../../../../lib/webhook-signature.ts";

const ctx = useTestApp({
  WEBHOOK_WORKER: "on",
  WEBHOOK_RETRY_LIMIT: "0",
  WEBHOOK_RETRY_DELAY_SECONDS: "1",
  WEBHOOK_DISPATCH_INTERVAL_MS: "50",
});
const api = () => request(ctx.app.server);
const receiver = useReceivers();

async function subscribe(user: TestUser, url: string, events: string[] = ["contact.created"]) {
  const response = await api().post("/api/v1/webhooks").set(user.auth).send({ url, events }).expect(201);
  return response.body as { id: string; secret: string };
}

/** What `standardwebhooks` makes of a delivery: the parsed body, or a throw when the signature is wrong. */
const verifyStandard = (secret: string, received: Received) =>
  new Webhook(secret).verify(received.body, received.headers as Record<string, string>) as {
    id: string;
    type: string;
    data: Record<string, unknown>;
  };

const deliveries = async (user: TestUser, webhookId: string) =>
  (await api().get(`/api/v1/webhooks/${webhookId}/deliveries`).set(user.auth).expect(200)).body.data as Array<{
    id: string;
    eventId: string;
    event: string;
    status: string;
    redelivery: boolean;
  }>;

/** A jobseeker with a webhook and one delivery that succeeded. */
async function deliveredOnce() {
  const owner = await signUp(ctx.app);
  const target = await receiver();
  const webhook = await subscribe(owner, target.url);
  await makeContact(ctx.app, owner);
  await eventually(async () => (await deliveries(owner, webhook.id))[0]?.status === "SUCCEEDED");
  const [done] = await deliveries(owner, webhook.id);
  return { owner, webhook, done: done! };
}

describe("webhook signatures (Standard Webhooks)", () => {
  it("sign real deliveries so that the standardwebhooks package verifies them, with Traction-Signature alongside", async () => {
    const owner = await signUp(ctx.app);
    const target = await receiver();
    const webhook = await subscribe(owner, target.url);
    expect(webhook.secret).toMatch(/^whsec_[A-Za-z0-9+/]+={0,2}$/);
    const contact = await makeContact(ctx.app, owner, { name: "Ada Standard" });

    await eventually(() => target.received.length === 1);
    const [delivery] = target.received as [Received];
    const payload = verifyStandard(webhook.secret, delivery);
    expect(payload).toMatchObject({ type: "contact.created", data: { contact: { id: contact.id } } });
    expect(delivery.headers["webhook-id"]).toBe(payload.id);
    expect(delivery.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    // The deprecated scheme still verifies, keyed with the secret string as shown.
    const now = Math.floor(Date.now() / 1000);
    expect(verifySignature(webhook.secret, delivery.body, delivery.headers["traction-signature"] as string, now)).toBe(true);

    // A tampered body or another secret fails.
    expect(() => verifyStandard(webhook.secret, { ...delivery, body: delivery.body.replace("Ada", "Eve") })).toThrow();
    const other = (await subscribe(await signUp(ctx.app), target.url)).secret;
    expect(() => verifyStandard(other, delivery)).toThrow();
  });

  it("keep a secret made before Standard Webhooks working: base64url, the same key bytes in either alphabet", async () => {
    const owner = await signUp(ctx.app);
    const target = await receiver();
    const webhook = await subscribe(owner, target.url);
    // A secret as Traction made them before: `whsec_` + base64url, with `-` and `_` in it.
    const legacy = `whsec_${Buffer.alloc(32, 0xfb).toString("base64url")}`;
    expect(legacy).toMatch(/[-_]/);
    await ctx.app.db.webhook.update({ where: { id: webhook.id }, data: { secret: legacy } });
    await makeContact(ctx.app, owner);

    await eventually(() => target.received.length === 1);
    const [delivery] = target.received as [Received];
    expect(verifyStandard(standardSecret(legacy), delivery).type).toBe("contact.created");
    expect(standardSecret(legacy)).toBe(`whsec_${Buffer.alloc(32, 0xfb).toString("base64")}`);
    const now = Math.floor(Date.now() / 1000);
    expect(verifySignature(legacy, delivery.body, delivery.headers["traction-signature"] as string, now)).toBe(true);
  });
});

describe("webhook test pings and redeliveries", () => {
  it("send a signed ping to one webhook, whatever it subscribes to, and log it", async () => {
    const owner = await signUp(ctx.app);
    const target = await receiver();
    const webhook = await subscribe(owner, target.url, ["lead.created"]);

    const queued = await api().post(`/api/v1/webhooks/${webhook.id}/test`).set(owner.auth).expect(202);
    expect(queued.body).toMatchObject({ event: "ping", status: "PENDING", attempts: 0, redelivery: false });

    await eventually(() => target.received.length === 1);
    const payload = verifyStandard(webhook.secret, target.received[0]!);
    expect(payload).toEqual({
      id: queued.body.eventId,
      type: "ping",
      createdAt: expect.any(String),
      data: { webhook: { id: webhook.id, url: target.url, events: ["lead.created"] } },
    });
    await eventually(async () => (await deliveries(owner, webhook.id))[0]?.status === "SUCCEEDED");
    expect(await deliveries(owner, webhook.id)).toEqual([expect.objectContaining({ id: queued.body.id, event: "ping" })]);
  });

  it("redeliver a failed delivery: the same body and webhook-id, a new entry in the log", async () => {
    const owner = await signUp(ctx.app);
    // The first request fails (no retries in this file), the redelivery succeeds.
    const target = await receiver((n) => (n === 0 ? 500 : 204));
    const webhook = await subscribe(owner, target.url);
    await makeContact(ctx.app, owner);
    await eventually(async () => (await deliveries(owner, webhook.id))[0]?.status === "FAILED");
    const [failed] = await deliveries(owner, webhook.id);

    const redelivered = await api()
      .post(`/api/v1/webhooks/${webhook.id}/deliveries/${failed!.id}/redeliver`)
      .set(owner.auth)
      .expect(202);
    expect(redelivered.body).toMatchObject({ eventId: failed!.eventId, status: "PENDING", redelivery: true });
    expect(redelivered.body.id).not.toBe(failed!.id);

    await eventually(() => target.received.length === 2);
    const [first, second] = target.received as [Received, Received];
    expect(second.body).toBe(first.body);
    expect(second.headers["webhook-id"]).toBe(first.headers["webhook-id"]);
    expect(verifyStandard(webhook.secret, second).id).toBe(failed!.eventId);
    await eventually(async () => (await deliveries(owner, webhook.id))[0]?.status === "SUCCEEDED");
    const log = await deliveries(owner, webhook.id);
    expect(log.map((entry) => [entry.status, entry.redelivery])).toEqual([
      ["SUCCEEDED", true],
      ["FAILED", false],
    ]);
  });

  it("refuse to redeliver while a delivery of that event is still being sent (409), and keep other people's deliveries private", async () => {
    const { owner, webhook, done } = await deliveredOnce();
    const path = `/api/v1/webhooks/${webhook.id}/deliveries/${done.id}/redeliver`;

    // As if it were still being retried.
    await ctx.app.db.$executeRaw`UPDATE "WebhookDelivery" SET status = 'PENDING' WHERE id = ${done.id}::uuid`;
    const pending = await api().post(path).set(owner.auth).expect(409);
    expect(pending.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(await deliveries(owner, webhook.id)).toHaveLength(1);

    await api()
      .post(`/api/v1/webhooks/${webhook.id}/deliveries/00000000-0000-4000-8000-000000000000/redeliver`)
      .set(owner.auth)
      .expect(404);
    const bad = await api().post(`/api/v1/webhooks/${webhook.id}/deliveries/nope/redeliver`).set(owner.auth).expect(400);
    expect(bad.body.errors).toEqual([{ path: "deliveryId", message: expect.any(String) }]);
  });
});

describe("authorization: webhook tests and redeliveries", () => {
  it.each([
    ["owner", 202],
    ["other jobseeker", 404],
    ["linked coach", 403],
    ["unlinked coach", 403],
    ["no token", 401],
  ] as const)("%s → %i", async (actor, status) => {
    const { owner, webhook, done } = await deliveredOnce();
    let headers: Record<string, string> = {};
    if (actor === "owner") headers = owner.auth;
    if (actor === "other jobseeker") headers = (await signUp(ctx.app)).auth;
    if (actor === "unlinked coach") headers = (await signUp(ctx.app, "COACH")).auth;
    if (actor === "linked coach") {
      const coach = await signUp(ctx.app, "COACH");
      await linkCoach(ctx.app, owner, coach);
      headers = coach.auth;
    }
    await api().post(`/api/v1/webhooks/${webhook.id}/test`).set(headers).expect(status);
    await api().post(`/api/v1/webhooks/${webhook.id}/deliveries/${done.id}/redeliver`).set(headers).expect(status);
    const log = await deliveries(owner, webhook.id);
    expect(log).toHaveLength(status === 202 ? 3 : 1);
  });
});
