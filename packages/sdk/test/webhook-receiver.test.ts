/**
 * examples/webhook-receiver.ts over real HTTP: deliveries signed the Standard
 * Webhooks way (here by the `standardwebhooks` package itself, as Traction's
 * sender does) are accepted; a changed body, another secret or a stale
 * timestamp are refused before the handler sees them.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WebhookEvent } from "../src/index.ts";
import { createWebhookReceiver } from "../examples/webhook-receiver.ts";

const secret = `whsec_${randomBytes(24).toString("base64")}`;
const received: WebhookEvent[] = [];
const receiver = createWebhookReceiver(secret, (event) => void received.push(event));
let url: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

function delivery(signingSecret = secret, at = new Date()) {
  const id = `msg_${randomUUID()}`;
  const body = JSON.stringify({
    id: randomUUID(),
    type: "contact.created",
    createdAt: at.toISOString(),
    data: { contact: { id: randomUUID(), name: "Ada Lovelace" } },
  });
  const headers = {
    "content-type": "application/json",
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(signingSecret).sign(id, at, body),
  };
  return { body, headers };
}

describe("examples/webhook-receiver.ts", () => {
  it("accepts a delivery whose signature verifies and hands the parsed event on", async () => {
    const { body, headers } = delivery();
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    const response = await fetch(url, { method: "POST", headers, body });
    expect(response.status).toBe(204);
    expect(received.at(-1)).toEqual(JSON.parse(body));
  });

  it("refuses a changed body, another secret, a stale timestamp and a missing signature", async () => {
    const before = received.length;
    const signed = delivery();
    const changed = await fetch(url, { method: "POST", headers: signed.headers, body: signed.body.replace("Ada", "Eve") });
    const otherSecret = delivery(`whsec_${randomBytes(24).toString("base64")}`);
    const stale = delivery(secret, new Date(Date.now() - 10 * 60_000));
    const unsigned = delivery();
    const answers = [
      changed,
      await fetch(url, { method: "POST", headers: otherSecret.headers, body: otherSecret.body }),
      await fetch(url, { method: "POST", headers: stale.headers, body: stale.body }),
      await fetch(url, { method: "POST", headers: { ...unsigned.headers, "webhook-signature": "" }, body: unsigned.body }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400, 400]);
    expect(received.length).toBe(before);
  });
});
