/** The diagnosis and the plan it measures against: mine, or a linked client's (read-only) for a coach. */
import { ZInsightsSchema, ZPlanSchema, ZPutPlanSchema, type TInsights, type TPlan } from "@traction/schemas";
import { z } from "zod";
import type { ApiClient } from "./client.ts";
import { queryString, readBase } from "./query.ts";

export interface Period {
  from?: string;
  to?: string;
}

export function getInsights(api: ApiClient, period: Period = {}, clientId?: string): Promise<TInsights> {
  return api.request(`${readBase(clientId)}/insights${queryString({ ...period })}`, ZInsightsSchema);
}

export function getPlan(api: ApiClient, clientId?: string): Promise<TPlan> {
  return api.request(`${readBase(clientId)}/plan`, ZPlanSchema);
}

export function putPlan(api: ApiClient, value: z.output<typeof ZPutPlanSchema>): Promise<TPlan> {
  return api.request("/api/v1/plan", ZPlanSchema, { method: "PUT", body: z.encode(ZPutPlanSchema, value) });
}
