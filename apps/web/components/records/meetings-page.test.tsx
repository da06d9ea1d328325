import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { fakeApi, json, problem } from "../../test/fake-api.ts";
import { contactJson, IDS, list } from "../../test/fixtures.ts";
import { renderWithSession } from "../../test/render.tsx";
import { MeetingsPage } from "./meetings-page.tsx";

const MEETING = {
  id: "99999999-9999-4999-8999-999999999999",
  contactId: IDS.grace,
  status: "DONE",
  scheduledAt: "2026-11-24T09:30:00.000Z",
  location: "Harbor café",
  agenda: null,
  outcome: null,
  createdAt: "2026-11-20T10:00:00.000Z",
  updatedAt: "2026-11-20T10:00:00.000Z",
};

describe("MeetingsPage", () => {
  it("writes a one-on-one's outcome on its card with a PATCH of that field alone", async () => {
    const fake = fakeApi({
      "POST /api/v1/auth/refresh": problem(401, "No refresh cookie"),
      "GET /api/v1/meetings": json(200, list([MEETING])),
      "GET /api/v1/contacts": json(200, list([contactJson(IDS.grace, "Grace Hopper")])),
      [`PATCH /api/v1/meetings/${MEETING.id}`]: (request) => json(200, { ...MEETING, ...(request.body as object) }),
    });
    renderWithSession(<MeetingsPage />, fake.client);
    const user = userEvent.setup();
    const done = within(await screen.findByRole("region", { name: /^Done/ }));
    expect(await done.findByText("Grace Hopper")).toBeTruthy();

    await user.click(done.getByText("Write the outcome"));
    await user.type(done.getByLabelText("What came of it: ideas, introductions, leads"), "Intro to the ops director");
    await user.click(done.getByRole("button", { name: "Save outcome" }));

    expect(await done.findByText("Outcome: Intro to the ops director")).toBeTruthy();
    expect(fake.sentTo(`PATCH /api/v1/meetings/${MEETING.id}`)[0]?.body).toEqual({ outcome: "Intro to the ops director" });
    expect(done.getByText("Edit the outcome")).toBeTruthy();
  });
});
