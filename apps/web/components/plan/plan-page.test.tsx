import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { fakeApi, json, problem } from "../../test/fake-api.ts";
import { list, planJson } from "../../test/fixtures.ts";
import { renderWithSession } from "../../test/render.tsx";
import { PlanPage } from "./plan-page.tsx";

const base = {
  "POST /api/v1/auth/refresh": problem(401, "No refresh cookie"),
  "GET /api/v1/plan": json(200, planJson),
  "GET /api/v1/target-suggestions": json(200, list([])),
};

async function renderPlan(routes: Parameters<typeof fakeApi>[0] = {}) {
  const fake = fakeApi({ ...base, ...routes });
  renderWithSession(<PlanPage />, fake.client);
  await screen.findByLabelText("What I do (my pitch)");
  return fake;
}

describe("PlanPage", () => {
  it("shows the plan as it is", async () => {
    await renderPlan();

    expect(screen.getByLabelText<HTMLTextAreaElement>("What I do (my pitch)").value).toBe(planJson.pitch);
    expect(screen.getByLabelText<HTMLInputElement>("Roles I am looking for").value).toBe("Operations analyst");
    expect(screen.getByLabelText<HTMLInputElement>("Events").value).toBe("2");
    expect(screen.getByLabelText<HTMLInputElement>("Conversations mentioning the search (%)").value).toBe("50");
  });

  it("validates with the shared schema: pitch length, whole-number targets, none left empty", async () => {
    const fake = await renderPlan();
    const user = userEvent.setup();

    fireEvent.change(screen.getByLabelText("What I do (my pitch)"), { target: { value: "x".repeat(501) } });
    await user.clear(screen.getByLabelText("Events"));
    await user.type(screen.getByLabelText("Events"), "1.5");
    await user.clear(screen.getByLabelText("One-on-ones"));
    await user.click(screen.getByRole("button", { name: "Save plan" }));

    expect(screen.getByText("At most 500 characters")).toBeTruthy();
    expect(screen.getByText("Enter a whole number")).toBeTruthy();
    expect(screen.getByText("Enter a number")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText("What I do (my pitch)"));
    expect(fake.sentTo("PUT /api/v1/plan")).toHaveLength(0);
  });

  it("sends the parsed plan (roles as a list, dates as YYYY-MM-DD) and says it is saved", async () => {
    const fake = await renderPlan({
      "PUT /api/v1/plan": (request) =>
        json(200, { ...planJson, ...(request.body as object), updatedAt: "2026-11-25T12:00:00.000Z" }),
    });
    const user = userEvent.setup();

    await user.clear(screen.getByLabelText("Roles I am looking for"));
    await user.type(screen.getByLabelText("Roles I am looking for"), "Operations analyst,  Supply planner ,");
    await user.clear(screen.getByLabelText("New contacts"));
    await user.type(screen.getByLabelText("New contacts"), "8");
    await user.type(screen.getByLabelText("Plan starts on"), "2026-11-23");
    await user.click(screen.getByRole("button", { name: "Save plan" }));

    expect(await screen.findByText(/^Saved at/)).toBeTruthy();
    expect(fake.sentTo("PUT /api/v1/plan")[0]?.body).toEqual({
      pitch: planJson.pitch,
      targetRoles: ["Operations analyst", "Supply planner"],
      weeklyTargets: { events: 2, newContacts: 8, oneOnOnes: 1, conversationsMentioningSearchPct: 50 },
      startsOn: "2026-11-23",
    });
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>("New contacts").value).toBe("8"));
  });

  it("shows the API's field errors next to the nested fields", async () => {
    await renderPlan({
      "PUT /api/v1/plan": problem(400, "The body is invalid", [
        { path: "weeklyTargets.oneOnOnes", message: "must be at most 50" },
      ]),
    });
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Save plan" }));

    expect(await screen.findByText("One-on-ones must be at most 50")).toBeTruthy();
    expect(screen.getByLabelText("One-on-ones").getAttribute("aria-invalid")).toBe("true");
    expect(screen.queryByRole("alert")?.textContent ?? "").not.toContain("The body is invalid");
  });
});
