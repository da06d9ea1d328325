import { createHmac } from "node:crypto";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { makeApiKey } from "../../../../../test/helpers/api-keys.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { daysAgo, makeContact, makeEvent, makeLead, makeMeeting, makeVenue } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";
import { eventually, useReceivers } from "../../../../../test/helpers/webhook-receiver.ts";
import { verifySignature } from "../../../../lib/webhook-signature.ts";
import { contactSpec } from "../../../../services/contacts/contact-spec.ts";
import { createRecord } from "../../../../services/records/create-record.ts";
import { pruneWebhookLog } from "../../../../services/webhooks/prune-webhook-log.ts";
import { raiseFlagEvents } from "../../../../services/webhooks/raise-flag-events.ts";

const ctx = useTestApp({
  WEBHOOK_WORKER: "on",
  WEBHOOK_RETRY_LIMIT: "2",
  WEBHOOK_RETRY_DELAY_SECONDS: "1",
  WEBHOOK_DISPATCH_INTERVAL_MS: "50",
});
const api = () => request(ctx.app.server);
const receiver = useReceivers();

async function subscribe(
  user: TestUser,
  url: string,
  events: string[],
): Promise<{ id: string; secret: string; events: string[] }> {
  const response = await api().post("/api/v1/webhooks").set(user.auth).send({ url, events }).expect(201);
  return response.body;
}

const bodyOf = (received: { body: string }) =>
  JSON.parse(received.body) as { id: string; type: string; data: Record<string, unknown> };

describe("webhooks", () => {
  it("accept https and (in tests) loopback URLs, and refuse private, link-local or credentialed ones", async () => {
    const owner = await signUp(ctx.app);
    const target = await receiver();
    for (const [url, message] of [
      ["https://10.0.0.1/hook", /private or reserved/],
      ["https://169.254.169.254/latest/meta-data", /private or reserved/],
      ["https://[fd00::1]/hook", /private or reserved/],
      ["https://[::ffff:192.168.1.20]/hook", /private or reserved/],
      ["http://198.51.100.7/hook", /must use https/],
      ["https://user:secret@127.0.0.1/hook", /user name or password/],
    ] as const) {
      const response = await api()
        .post("/api/v1/webhooks")
        .set(owner.auth)
        .send({ url, events: ["contact.created"] })
        .expect(400);
      expect(response.body.errors).toEqual([{ path: "url", message: expect.stringMatching(message) }]);
    }
    await api()
      .post("/api/v1/webhooks")
      .set(owner.auth)
      .send({ url: target.url, events: ["contact.deleted"] })
      .expect(400);
    await api()
      .post("/api/v1/webhooks")
      .set(owner.auth)
      .send({ url: "ftp://127.0.0.1/", events: ["lead.created"] })
      .expect(400);

    const created = await subscribe(owner, target.url, ["lead.created", "contact.created"]);
    expect(created).toMatchObject({
      url: target.url,
      events: ["lead.created", "contact.created"],
      secret: expect.stringMatching(/^whsec_/),
    });
    const list = await api().get("/api/v1/webhooks").set(owner.auth).expect(200);
    expect(list.body).toEqual({
      data: [{ id: created.id, url: target.url, events: created.events, createdAt: expect.any(String) }],
      nextCursor: null,
    });
  });

  it("deliver a committed change, signed with the webhook's secret, and log the delivery", async () => {
    const owner = await signUp(ctx.app);
    const target = await receiver();
    const { id, secret } = await subscribe(owner, target.url, ["contact.created"]);

    const committedAt = Date.now();
    const contact = await makeContact(ctx.app, owner, { name: "Zoë Plumber", company: "Acme, Inc." });
    await eventually(() => target.received.length === 1);
    const [delivery] = target.received;
    console.info(`Webhook delivery latency (commit → receiver): ${delivery!.at - committedAt} ms`);
    expect(delivery!.at - committedAt).toBeLessThan(3_000);

    const signature = String(delivery!.headers["traction-signature"]);
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const [, timestamp, digest] = /^t=(\d+),v1=([0-9a-f]+)$/.exec(signature)!;
    expect(createHmac("sha256", secret).update(`${timestamp}.${delivery!.body}`).digest("hex")).toBe(digest);
    expect(verifySignature(secret, delivery!.body, signature, Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifySignature("whsec_wrong", delivery!.body, signature, Math.floor(Date.now() / 1000))).toBe(false);
    expect(delivery!.headers["traction-event"]).toBe("contact.created");
    expect(delivery!.headers["content-type"]).toBe("application/json");
    expect(bodyOf(delivery!)).toEqual({
      id: expect.any(String),
      type: "contact.created",
      createdAt: expect.any(String),
      data: { contact: { ...contact } },
    });

    // The worker logs the attempt once the receiver has answered.
    const deliveries = async () => (await api().get(`/api/v1/webhooks/${id}/deliveries`).set(owner.auth).expect(200)).body.data;
    await eventually(async () => (await deliveries())[0]?.status === "SUCCEEDED");
    expect(await deliveries()).toEqual([
      expect.objectContaining({
        id: delivery!.headers["traction-delivery"],
        event: "contact.created",
        status: "SUCCEEDED",
        attempts: 1,
        lastStatusCode: 200,
        lastError: null,
      }),
    ]);

    // The log is kept 30 days after dispatch, then pruned with its event.
    const logSize = async () =>
      (await api().get(`/api/v1/webhooks/${id}/deliveries`).set(owner.auth).expect(200)).body.data.length;
    await pruneWebhookLog(ctx.app.db, 30, new Date(Date.now() + 29 * 86_400_000));
    expect(await logSize()).toBe(1);
    await pruneWebhookLog(ctx.app.db, 30, new Date(Date.now() + 31 * 86_400_000));
    expect(await logSize()).toBe(0);
  });

  it("send nothing for a change that is rolled back", async () => {
    const owner = await signUp(ctx.app);
    const target = await receiver();
    await subscribe(owner, target.url, ["contact.created"]);
    await expect(
      ctx.app.db.$transaction(async (tx) => {
        await createRecord(tx, contactSpec, owner.user.id, { name: "Never committed" });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await ctx.app.db.webhookEvent.count({ where: { ownerId: owner.user.id } })).toBe(0);

    await makeContact(ctx.app, owner, { name: "Committed" });
    await eventually(() => target.received.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(target.received.map((received) => (bodyOf(received).data.contact as { name: string }).name)).toEqual(["Committed"]);
  });

  it("retry a failing delivery with exponential backoff until it succeeds, and give up after the retry limit", async () => {
    const owner = await signUp(ctx.app);
    const flaky = await receiver((n) => (n < 2 ? 503 : 204));
    const down = await receiver(() => 500);
    const flakyHook = await subscribe(owner, flaky.url, ["lead.created"]);
    const downHook = await subscribe(owner, down.url, ["lead.created"]);

    await makeLead(ctx.app, owner);
    await eventually(() => flaky.received.length === 3 && down.received.length === 3, 20_000);
    const [first, second, third] = flaky.received;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(900);
    expect(third!.at - second!.at).toBeGreaterThanOrEqual(1_900);
    expect(new Set(flaky.received.map((received) => received.headers["traction-delivery"])).size).toBe(1);
    expect(new Set(flaky.received.map((received) => bodyOf(received).id)).size).toBe(1);

    const logOf = async (id: string) =>
      (await api().get(`/api/v1/webhooks/${id}/deliveries`).set(owner.auth).expect(200)).body.data;
    await eventually(async () => (await logOf(downHook.id))[0]?.status === "FAILED");
    await eventually(async () => (await logOf(flakyHook.id))[0]?.status === "SUCCEEDED");
    expect((await logOf(flakyHook.id))[0]).toMatchObject({ status: "SUCCEEDED", attempts: 3, lastStatusCode: 204 });
    expect((await logOf(downHook.id))[0]).toMatchObject({
      status: "FAILED",
      attempts: 3,
      lastStatusCode: 500,
      lastError: "answered HTTP 500",
    });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(down.received).toHaveLength(3);
  });

  it("send only the subscribed events: a lead's stage change and a meeting done", async () => {
    const owner = await signUp(ctx.app);
    const target = await receiver();
    await subscribe(owner, target.url, ["lead.stage_changed", "meeting.completed"]);
    const lead = await makeLead(ctx.app, owner, { stage: "IDEA" });
    await api().patch(`/api/v1/leads/${lead.id}`).set(owner.auth).send({ notes: "no stage change" }).expect(200);
    await api().patch(`/api/v1/leads/${lead.id}`).set(owner.auth).send({ stage: "APPLIED" }).expect(200);
    const meeting = await makeMeeting(ctx.app, owner, { status: "SCHEDULED" });
    await api().patch(`/api/v1/meetings/${meeting.id}`).set(owner.auth).send({ status: "DONE", outcome: "Referral" }).expect(200);
    await api().patch(`/api/v1/meetings/${meeting.id}`).set(owner.auth).send({ outcome: "Referral to Acme" }).expect(200);

    await eventually(() => target.received.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const events = target.received.map(bodyOf).sort((a, b) => a.type.localeCompare(b.type));
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      type: "lead.stage_changed",
      data: { previousStage: "IDEA", lead: { id: lead.id, stage: "APPLIED" } },
    });
    expect(events[1]).toMatchObject({
      type: "meeting.completed",
      data: { meeting: { id: meeting.id, status: "DONE", outcome: "Referral" } },
    });
  });

  it("chain a lead's simultaneous stage changes: each names the stage the other left behind", async () => {
    const owner = await signUp(ctx.app);
    const target = await receiver();
    await subscribe(owner, target.url, ["lead.stage_changed"]);
    const lead = await makeLead(ctx.app, owner, { stage: "IDEA" });
    await Promise.all(
      (["APPLIED", "INTERVIEW"] as const).map((stage) =>
        api().patch(`/api/v1/leads/${lead.id}`).set(owner.auth).send({ stage }).expect(200),
      ),
    );
    await eventually(() => target.received.length >= 2);
    const changes = target.received
      .map((received) => bodyOf(received).data as { previousStage: string; lead: { stage: string } })
      .map((data) => [data.previousStage, data.lead.stage]);
    const [first, second] = changes.sort((a, b) => (a[0] === "IDEA" ? -1 : b[0] === "IDEA" ? 1 : 0));
    expect(first![0]).toBe("IDEA");
    expect(second![0]).toBe(first![1]);
  });

  it("stop after the webhook is deleted, and keep webhooks and logs private", async () => {
    const [owner, other, coach] = await Promise.all([signUp(ctx.app), signUp(ctx.app), signUp(ctx.app, "COACH")]);
    const target = await receiver();
    const hook = await subscribe(owner, target.url, ["contact.created"]);
    await api().get(`/api/v1/webhooks/${hook.id}/deliveries`).set(other.auth).expect(404);
    await api().delete(`/api/v1/webhooks/${hook.id}`).set(other.auth).expect(404);
    await api()
      .post("/api/v1/webhooks")
      .set(coach.auth)
      .send({ url: target.url, events: ["contact.created"] })
      .expect(403);
    const readKey = await makeApiKey(ctx.app, owner, ["read"]);
    await api()
      .post("/api/v1/webhooks")
      .set(readKey.auth)
      .send({ url: target.url, events: ["contact.created"] })
      .expect(403);
    await api().get("/api/v1/webhooks").set(readKey.auth).expect(200);

    await api().delete(`/api/v1/webhooks/${hook.id}`).set(owner.auth).expect(204);
    await makeContact(ctx.app, owner);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(target.received).toEqual([]);
    expect(await ctx.app.db.webhookEvent.count({ where: { ownerId: owner.user.id } })).toBe(0);
  });

  it("raise insights.flag_raised once per flag raised, as the scheduled check finds them", async () => {
    const owner = await signUp(ctx.app);
    // Far east of UTC: the job must judge the owner's own default period, as the owner's insights do.
    await ctx.app.db.user.update({ where: { id: owner.user.id }, data: { timezone: "Pacific/Kiritimati" } });
    const group = await makeVenue(ctx.app, owner, { kind: "JOBSEEKER_SUPPORT_GROUP" });
    for (const days of [3, 5, 7]) await makeEvent(ctx.app, owner, { venueId: group.id, date: daysAgo(days), hours: 2 });
    const target = await receiver();
    await subscribe(owner, target.url, ["insights.flag_raised"]);
    const insights = await api().get("/api/v1/insights").set(owner.auth).expect(200);
    const flags: string[] = insights.body.flags;
    expect(flags).toEqual(["SUPPORT_GROUP_HEAVY", "FEW_VENUE_KINDS"]);

    await raiseFlagEvents(ctx.app.db);
    await eventually(() => target.received.length === flags.length);
    const raised = target.received.map(bodyOf);
    expect(raised.map((event) => event.data.flag).sort()).toEqual([...flags].sort());
    expect(raised[0]).toMatchObject({
      type: "insights.flag_raised",
      data: { healthScore: insights.body.healthScore, period: insights.body.period },
    });

    // Nothing new on the next check: no event.
    await raiseFlagEvents(ctx.app.db);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(target.received).toHaveLength(flags.length);
  });
});
