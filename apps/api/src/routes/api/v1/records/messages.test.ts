/** The API's 400 speaks the shared error map's words, the same the dashboard shows under its fields. */
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;

beforeAll(async () => {
  owner = await signUp(ctx.app);
});

describe("validation messages", () => {
  it("words each bad field of a body for a person, with the path unchanged", async () => {
    const response = await api()
      .post("/api/v1/events")
      .set(owner.auth)
      .send({ venueId: "venue-1", date: "12/01/2026", hours: 0, notes: "x".repeat(10_001) })
      .expect(400);
    expect(response.body.errors).toEqual([
      { path: "venueId", message: "Choose the venue" },
      { path: "date", message: "Enter a date" },
      { path: "hours", message: "At least 0.25" },
      { path: "notes", message: "At most 10,000 characters" },
    ]);
  });

  it("words missing fields and unknown ones", async () => {
    const response = await api().post("/api/v1/contacts").set(owner.auth).send({ nickname: "Sam" }).expect(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { path: "name", message: "Enter a name" },
        { path: "nickname", message: "Not a field this accepts" },
      ]),
    );
  });

  it("words a reference to a record the caller does not have", async () => {
    const response = await api()
      .post("/api/v1/events")
      .set(owner.auth)
      .send({ venueId: "00000000-0000-4000-8000-000000000000", date: "2026-11-02", hours: 2 })
      .expect(400);
    expect(response.body.errors).toEqual([{ path: "venueId", message: "That venue does not exist any more; choose another" }]);
  });
});
