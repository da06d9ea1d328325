/** The private iCal feed of my one-on-ones and follow-ups: its status, a new secret address, or none. */
import { ZCalendarFeedSchema, ZCalendarFeedStatusSchema, type TCalendarFeed, type TCalendarFeedStatus } from "@traction/schemas";
import { z } from "zod";
import { ApiError } from "./api-error.ts";
import type { ApiClient } from "./client.ts";

/** The feed's status, or null when there is none (the API answers 404). */
export async function getCalendarFeed(api: ApiClient): Promise<TCalendarFeedStatus | null> {
  try {
    return await api.request("/api/v1/calendar-feed", ZCalendarFeedStatusSchema);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function rotateCalendarFeed(api: ApiClient): Promise<TCalendarFeed> {
  return api.request("/api/v1/calendar-feed", ZCalendarFeedSchema, { method: "POST" });
}

export async function revokeCalendarFeed(api: ApiClient): Promise<void> {
  await api.request("/api/v1/calendar-feed", z.unknown(), { method: "DELETE" });
}
