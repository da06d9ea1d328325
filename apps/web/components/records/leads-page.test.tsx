import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { fakeApi, json, problem } from "../../test/fake-api.ts";
import { list } from "../../test/fixtures.ts";
import { renderWithSession } from "../../test/render.tsx";
import { LeadsPage } from "./leads-page.tsx";

const LEAD = {
  id: "88888888-8888-4888-8888-888888888888",
  title: "Operations analyst",
  stage: "IDEA",
  companyId: null,
  sourceContactId: null,
  url: null,
  notes: null,
  createdAt: "2026-11-20T10:00:00.000Z",
  updatedAt: "2026-11-20T10:00:00.000Z",
};

function deferred() {
  let release: (response: Response) => void = () => undefined;
  const promise = new Promise<Response>((resolve) => (release = resolve));
  return { promise, release };
}

const column = (name: string) => within(screen.getByRole("region", { name: new RegExp(`^${name}`) }));

function renderBoard(patch: Parameters<typeof fakeApi>[0][string]) {
  const fake = fakeApi({
    "POST /api/v1/auth/refresh": problem(401, "No refresh cookie"),
    "GET /api/v1/leads": json(200, list([LEAD])),
    "GET /api/v1/contacts": json(200, list([])),
    "GET /api/v1/companies": json(200, list([])),
    [`PATCH /api/v1/leads/${LEAD.id}`]: patch,
  });
  renderWithSession(<LeadsPage />, fake.client);
  return fake;
}

describe("LeadsPage", () => {
  it("moves a lead to its new stage at once, before the API answers", async () => {
    const answer = deferred();
    const fake = renderBoard(() => answer.promise);
    const user = userEvent.setup();

    await user.selectOptions(await screen.findByLabelText("Move Operations analyst to"), "Applied");

    expect(column("Applied").getByText("Operations analyst")).toBeTruthy();
    expect(column("Idea").queryByText("Operations analyst")).toBeNull();
    expect(fake.sentTo(`PATCH /api/v1/leads/${LEAD.id}`)[0]?.body).toEqual({ stage: "APPLIED" });
    answer.release(json(200, { ...LEAD, stage: "APPLIED" }));
    await waitFor(() => expect(column("Applied").getByText("Operations analyst")).toBeTruthy());
  });

  it("puts the lead back and says why when the API refuses", async () => {
    renderBoard(problem(404, "Lead not found"));
    const user = userEvent.setup();

    await user.selectOptions(await screen.findByLabelText("Move Operations analyst to"), "Interview");

    expect((await screen.findByText(/Lead not found/)).getAttribute("role")).toBe("alert");
    expect(column("Idea").getByText("Operations analyst")).toBeTruthy();
    expect(column("Interview").queryByText("Operations analyst")).toBeNull();
  });
});
