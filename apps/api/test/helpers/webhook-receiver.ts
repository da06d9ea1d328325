/** A real HTTP server on 127.0.0.1 that records the webhooks it receives and answers as told. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll } from "vitest";
import { WEBHOOK_EVENT_PAYLOADS } from "@traction/schemas";
import { undocumented } from "./undocumented.ts";

export interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
  at: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/** A delivery whose body is not its event's documented payload (the document's `webhooks`) fails the test. */
function checkPayload(body: string) {
  let type = "(not JSON)";
  try {
    type = String((JSON.parse(body) as { type?: unknown }).type);
    const schema = WEBHOOK_EVENT_PAYLOADS[type as keyof typeof WEBHOOK_EVENT_PAYLOADS];
    if (!schema) return undocumented.push(`webhook: no payload schema for the event type "${type}"`);
    const result = schema.safeParse(JSON.parse(body));
    if (!result.success) undocumented.push(`webhook ${type}: ${result.error.message} — body: ${body.slice(0, 300)}`);
  } catch {
    undocumented.push(`webhook ${type}: the body is not JSON: ${body.slice(0, 100)}`);
  }
}

/** `status(n)` is the answer to the n-th request (0-based); 200 by default. */
export async function startReceiver(status: (n: number) => number = () => 200): Promise<Receiver> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const code = status(received.length);
      const body = Buffer.concat(chunks).toString("utf8");
      checkPayload(body);
      received.push({ headers: request.headers, body, at: Date.now() });
      response.writeHead(code).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/traction`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Waits until `done()` holds, polling; fails after `timeoutMs`. */
export async function eventually(done: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** For a test file: a `receiver(status?)` that starts receivers, all closed after the file's tests. */
export function useReceivers(): (status?: (n: number) => number) => Promise<Receiver> {
  const receivers: Receiver[] = [];
  afterAll(async () => {
    await Promise.all(receivers.map((receiver) => receiver.close()));
  });
  return async (status) => {
    const started = await startReceiver(status);
    receivers.push(started);
    return started;
  };
}
