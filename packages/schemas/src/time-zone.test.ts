import { describe, expect, it } from "vitest";
import { dayIn, isTimeZone, weekStartIn } from "./time-zone.ts";

describe("time zones", () => {
  it("knows IANA names and refuses others", () => {
    expect(isTimeZone("Pacific/Auckland")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });

  it("a Monday morning in Auckland is still Sunday in UTC, and already the new week there", () => {
    const now = new Date("2026-11-29T20:30:00.000Z"); // Monday 09:30 in Auckland (UTC+13)
    expect(dayIn("UTC", now).toISOString()).toBe("2026-11-29T00:00:00.000Z");
    expect(dayIn("Pacific/Auckland", now).toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(weekStartIn("UTC", now).toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(weekStartIn("Pacific/Auckland", now).toISOString()).toBe("2026-11-30T00:00:00.000Z");
  });

  it("late Sunday evening in Los Angeles is Monday in UTC", () => {
    const now = new Date("2026-11-30T06:00:00.000Z"); // Sunday 22:00 in Los Angeles
    expect(weekStartIn("America/Los_Angeles", now).toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(weekStartIn("UTC", now).toISOString()).toBe("2026-11-30T00:00:00.000Z");
  });
});
