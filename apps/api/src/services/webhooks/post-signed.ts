/**
 * One signed POST of a webhook body (Standard Webhooks headers and the
 * deprecated `Traction-Signature`): no redirects followed, a timeout, the
 * connection refused when the host resolves to an address the policy forbids.
 * Returns what happened; never throws for the receiver's failures.
 */
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { SIGNATURE_HEADER, signatureHeader, standardWebhookHeaders } from "../../lib/webhook-signature.ts";

export interface PostResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface PostOptions {
  timeoutMs: number;
  lookup: LookupFunction;
  headers: Record<string, string>;
  /** `webhook-id`: the same for every attempt at one message. */
  messageId: string;
}

export function postSigned(url: string, body: string, secret: string, options: PostOptions): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const target = new URL(url);
  const client = target.protocol === "https:" ? https : http;
  const timestamp = Math.floor(Date.now() / 1000);
  return new Promise((resolve) => {
    const request = client.request(
      target,
      {
        method: "POST",
        lookup: options.lookup,
        timeout: options.timeoutMs,
        headers: {
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(body),
          "User-Agent": "Traction-Webhooks/1",
          ...standardWebhookHeaders(secret, options.messageId, body, timestamp),
          [SIGNATURE_HEADER]: signatureHeader(secret, body, timestamp),
          ...options.headers,
        },
      },
      (response) => {
        response.resume(); // the answer's body is not used
        response.on("end", () => {
          const statusCode = response.statusCode ?? null;
          const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
          resolve({ statusCode, error: ok ? null : `answered HTTP ${statusCode}`, durationMs: elapsed() });
        });
        response.on("error", (error) =>
          resolve({ statusCode: response.statusCode ?? null, error: error.message, durationMs: elapsed() }),
        );
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    request.on("error", (error) => resolve({ statusCode: null, error: error.message, durationMs: elapsed() }));
    request.end(body);
  });
}
