/** Traction's typed SDK: the client, its list helpers and retries, and the API's generated types. */
export { createTraction, TractionError } from "./client.ts";
export type { ListInit, ListItem, ListPath, Page, Problem, Traction, TractionOptions } from "./client.ts";
export { backoffMs, retryAfterMs, retryingFetch } from "./retry.ts";
export type { RetryInfo, RetryOptions, TransportOptions } from "./retry.ts";
export type { components, operations, paths, webhooks } from "./generated/openapi.d.ts";
export type { WebhookEvent, WebhookEventType } from "./webhooks.ts";
