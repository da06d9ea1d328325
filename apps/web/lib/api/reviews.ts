/** Weekly reviews: mine (write, read, effect), or a linked client's (read-only) for a coach. */
import {
  ZCreateReviewSchema,
  ZReviewEffectSchema,
  ZReviewListSchema,
  ZReviewSchema,
  type TReview,
  type TReviewEffect,
} from "@traction/schemas";
import { z } from "zod";
import type { ApiClient } from "./client.ts";
import { queryString, readBase } from "./query.ts";

export function listReviews(api: ApiClient, clientId?: string, limit = 20) {
  return api.request(`${readBase(clientId)}/reviews${queryString({ limit })}`, ZReviewListSchema);
}

export function getReview(api: ApiClient, id: string, clientId?: string): Promise<TReview> {
  return api.request(`${readBase(clientId)}/reviews/${id}`, ZReviewSchema);
}

export function getReviewEffect(api: ApiClient, id: string, clientId?: string, weeks = 4): Promise<TReviewEffect> {
  return api.request(`${readBase(clientId)}/reviews/${id}/effect${queryString({ weeks })}`, ZReviewEffectSchema);
}

export function createReview(
  api: ApiClient,
  value: z.output<typeof ZCreateReviewSchema>,
  idempotencyKey?: string,
): Promise<TReview> {
  return api.request("/api/v1/reviews", ZReviewSchema, {
    method: "POST",
    body: z.encode(ZCreateReviewSchema, value),
    headers: idempotencyKey ? { "idempotency-key": idempotencyKey } : undefined,
  });
}
