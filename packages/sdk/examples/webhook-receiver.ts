/**
 * Receives Traction's webhooks and verifies each delivery's Standard Webhooks
 * signature (`webhook-id`, `webhook-timestamp`, `webhook-signature`) with the
 * `standardwebhooks` package before trusting it.
 *
 *   WEBHOOK_SECRET=whsec_… PORT=8787 node --import tsx examples/webhook-receiver.ts
 */
import http from "node:http";
import { pathToFileURL } from "node:url";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import type { WebhookEvent } from "@traction/sdk";

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * A server that answers 204 to a delivery whose signature verifies (after
 * `onEvent`), 400 to one that does not (a wrong secret, a changed body, a
 * timestamp more than 5 minutes away), 413 to a body over 1 MiB and 405 to
 * anything but POST. Deliveries come at least once: deduplicate on `event.id`.
 */
export function createWebhookReceiver(secret: string, onEvent: (event: WebhookEvent) => void | Promise<void>): http.Server {
  const webhook = new Webhook(secret);
  return http.createServer((request, response) => {
    if (request.method !== "POST") return void response.writeHead(405, { allow: "POST" }).end();
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        response.writeHead(413, { connection: "close" }).end();
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on("end", () => {
      // The signature covers the raw bytes: verify them before parsing anything.
      const body = Buffer.concat(chunks).toString("utf8");
      let event: WebhookEvent;
      try {
        event = webhook.verify(body, {
          "webhook-id": String(request.headers["webhook-id"] ?? ""),
          "webhook-timestamp": String(request.headers["webhook-timestamp"] ?? ""),
          "webhook-signature": String(request.headers["webhook-signature"] ?? ""),
        }) as WebhookEvent;
      } catch (error) {
        if (!(error instanceof WebhookVerificationError)) throw error;
        return void response.writeHead(400, { "content-type": "text/plain" }).end(error.message);
      }
      Promise.resolve(onEvent(event)).then(
        () => response.writeHead(204).end(),
        // Anything but 2xx makes Traction try again later.
        () => response.writeHead(500).end(),
      );
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const secret = process.env.WEBHOOK_SECRET;
  if (!secret?.startsWith("whsec_")) {
    console.error("Set WEBHOOK_SECRET to the webhook's secret (whsec_…).");
    process.exit(2);
  }
  const port = Number(process.env.PORT ?? 8787);
  createWebhookReceiver(secret, (event) => {
    if (event.type === "contact.created") console.log(`New contact: ${event.data.contact.name}`);
    else console.log(`${event.type} (${event.id})`);
  }).listen(port, () => console.log(`Listening for Traction webhooks on http://localhost:${port}/`));
}
