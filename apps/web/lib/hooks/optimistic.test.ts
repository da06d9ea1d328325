import { describe, expect, it } from "vitest";
import { ApiError, syntheticProblem } from "../api/api-error.ts";
import { refusal, saveOptimistically, withChange } from "./optimistic.ts";

interface Venue {
  id: string;
  name: string;
  url: string | null;
}

const before: Venue = { id: "v1", name: "Data meetup", url: "https://a.example" };

describe("saveOptimistically", () => {
  it("shows the change before the API answers, then the saved record", async () => {
    const shown: Venue[] = [];
    let answer: (venue: Venue) => void = () => undefined;
    const pending = saveOptimistically(
      before,
      { ...before, name: "Data Meetup" },
      (venue) => shown.push(venue),
      () => new Promise<Venue>((resolve) => (answer = resolve)),
    );
    expect(shown.map((venue) => venue.name)).toEqual(["Data Meetup"]);
    answer({ ...before, name: "Data Meetup (saved)" });
    await expect(pending).resolves.toMatchObject({ name: "Data Meetup (saved)" });
    expect(shown.map((venue) => venue.name)).toEqual(["Data Meetup", "Data Meetup (saved)"]);
  });

  it("puts the record back when the API refuses, and hands the refusal on", async () => {
    const shown: Venue[] = [];
    const refusal = new ApiError({
      ...syntheticProblem(400, "The body is invalid"),
      errors: [{ path: "name", message: "is required" }],
    });
    const attempt = saveOptimistically(
      before,
      { ...before, name: "" },
      (venue) => shown.push(venue),
      () => Promise.reject(refusal),
    );
    await expect(attempt).rejects.toBe(refusal);
    expect(shown).toEqual([{ ...before, name: "" }, before]);
  });
});

describe("withChange", () => {
  it("applies set fields, clears with null, and keeps what the change leaves out", () => {
    expect(withChange(before, { name: "Renamed", url: null, kind: undefined })).toEqual({ id: "v1", name: "Renamed", url: null });
  });
});

describe("refusal", () => {
  const refused = new ApiError({
    type: "about:blank",
    title: "Bad Request",
    status: 400,
    detail: "The request is invalid",
    errors: [{ path: "scheduledAt", message: "is required for a scheduled one-on-one" }],
  });

  it("says the API's field errors after the fields' labels", () => {
    expect(refusal(refused, { scheduledAt: "A time" })).toBe("A time is required for a scheduled one-on-one.");
  });

  it("falls back to the API's detail for fields it has no label for, and for other failures", () => {
    expect(refusal(refused)).toBe("The request is invalid");
    expect(refusal(new ApiError(syntheticProblem(404, "Lead not found")))).toBe("Lead not found");
  });
});
