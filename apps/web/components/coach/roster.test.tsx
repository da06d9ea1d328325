import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { fakeApi, json, problem } from "../../test/fake-api.ts";
import { insightsJson, list } from "../../test/fixtures.ts";
import { renderWithSession } from "../../test/render.tsx";
import { Roster } from "./roster.tsx";

const entry = (id: string, name: string, healthScore: number | null, flags: string[], lastActivityOn: string | null) => ({
  client: { id, name },
  linkId: id.replace(/^1/, "2"),
  healthScore,
  flags,
  lastActivityOn,
  targets: insightsJson.targets,
  lastReviewWeek: null,
  reviewedLastWeek: false,
});
const STUCK = entry("11111111-1111-4111-8111-111111111111", "Sam Stuck", 34, ["SUPPORT_GROUP_HEAVY", "RUT"], "2026-11-02");
const FINE = entry("13333333-3333-4333-8333-333333333333", "Fran Fine", 100, [], "2026-11-24");
const NEW = entry("14444444-4444-4444-8444-444444444444", "Nia New", null, [], null);

describe("Roster", () => {
  it("lists clients in the API's order (most in need first) with health, flags as badges, last activity and a link", async () => {
    const fake = fakeApi({
      "POST /api/v1/auth/refresh": problem(401, "No refresh cookie"),
      "GET /api/v1/coach/clients": json(200, list([STUCK, FINE])),
    });
    renderWithSession(<Roster />, fake.client);

    const links = await screen.findAllByRole("link", { name: /Sam Stuck|Fran Fine/ });
    expect(links.map((link) => link.textContent)).toEqual(["Sam Stuck", "Fran Fine"]);
    expect(links[0]?.getAttribute("href")).toBe(`/clients/${STUCK.client.id}`);
    const stuck = within(links[0]!.closest("li")!);
    expect(stuck.getByText("Stuck")).toBeTruthy();
    expect(
      within(stuck.getByRole("list", { name: "Flags" }))
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Support-group heavy", "In a rut"]);
    expect(stuck.getByText("Last activity: Nov 2, 2026")).toBeTruthy();
    expect(stuck.getByText("1 of 2")).toBeTruthy();
  });

  it("shows a client with too little logged as having no score yet, not 0", async () => {
    const fake = fakeApi({
      "POST /api/v1/auth/refresh": problem(401, "No refresh cookie"),
      "GET /api/v1/coach/clients": json(200, list([NEW, FINE])),
    });
    renderWithSession(<Roster />, fake.client);
    const row = within((await screen.findByRole("link", { name: "Nia New" })).closest("li")!);
    expect(row.getByText("Not enough data yet")).toBeTruthy();
    expect(row.queryByText("0")).toBeNull();
    expect(row.queryByText(/Healthy|Stuck|nudge/)).toBeNull();
  });

  it("filters by flag through the API", async () => {
    const fake = fakeApi({
      "POST /api/v1/auth/refresh": problem(401, "No refresh cookie"),
      "GET /api/v1/coach/clients": (request) => json(200, list(request.query.includes("flag=RUT") ? [STUCK] : [STUCK, FINE])),
    });
    renderWithSession(<Roster />, fake.client);
    await screen.findByRole("link", { name: "Fran Fine" });

    await userEvent.setup().selectOptions(screen.getByLabelText("Show clients flagged"), "In a rut");

    await waitFor(() => expect(screen.queryByRole("link", { name: "Fran Fine" })).toBeNull());
    expect(screen.getByRole("link", { name: "Sam Stuck" })).toBeTruthy();
    expect(fake.sentTo("GET /api/v1/coach/clients").at(-1)?.query).toBe("?limit=20&flag=RUT");
  });

  it("searches by name through the API once typing pauses", async () => {
    const fake = fakeApi({
      "POST /api/v1/auth/refresh": problem(401, "No refresh cookie"),
      "GET /api/v1/coach/clients": (request) => json(200, list(request.query.includes("q=fran") ? [FINE] : [STUCK, FINE])),
    });
    renderWithSession(<Roster />, fake.client);
    await screen.findByRole("link", { name: "Sam Stuck" });

    await userEvent.setup().type(screen.getByLabelText("Search by name"), "fran");

    await waitFor(() => expect(screen.queryByRole("link", { name: "Sam Stuck" })).toBeNull(), { timeout: 5000 });
    expect(screen.getByRole("link", { name: "Fran Fine" })).toBeTruthy();
    // One request for the whole word, not one per letter.
    expect(fake.sentTo("GET /api/v1/coach/clients").map((request) => request.query)).toEqual(["?limit=20", "?limit=20&q=fran"]);
  }, 20_000);

  it("shows twenty clients at a time and the next ones on Show more, from the cursor", async () => {
    const many = Array.from({ length: 21 }, (_, index) =>
      entry(`1${String(index).padStart(7, "0")}-1111-4111-8111-111111111111`, `Client ${index}`, 50, [], null),
    );
    const fake = fakeApi({
      "POST /api/v1/auth/refresh": problem(401, "No refresh cookie"),
      "GET /api/v1/coach/clients": (request) =>
        json(200, request.query.includes("cursor=next") ? list(many.slice(20)) : { data: many.slice(0, 20), nextCursor: "next" }),
    });
    renderWithSession(<Roster />, fake.client);
    await screen.findByRole("link", { name: "Client 19" });
    expect(screen.queryByRole("link", { name: "Client 20" })).toBeNull();

    await userEvent.setup().click(screen.getByRole("button", { name: "Show more" }));

    expect(await screen.findByRole("link", { name: "Client 20" }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getAllByRole("link", { name: /^Client \d+$/ })).toHaveLength(21);
    expect(fake.sentTo("GET /api/v1/coach/clients").at(-1)?.query).toBe("?limit=20&cursor=next");
    expect(screen.queryByRole("button", { name: "Show more" })).toBeNull();
  }, 20_000);

  it("links a client by code, and shows a refused code next to the field", async () => {
    const fake = fakeApi({
      "POST /api/v1/auth/refresh": problem(401, "No refresh cookie"),
      "GET /api/v1/coach/clients": [json(200, list([])), json(200, list([STUCK]))],
      "POST /api/v1/coach/links": [
        problem(400, "The body is invalid", [{ path: "code", message: "is not a code we know" }]),
        json(201, { id: STUCK.linkId, client: STUCK.client, status: "ACTIVE", createdAt: "2026-11-25T10:00:00.000Z" }),
      ],
    });
    renderWithSession(<Roster />, fake.client);
    const user = userEvent.setup();
    expect(await screen.findByText(/No clients yet/)).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Link client" }));
    expect(screen.getByText("Enter the code")).toBeTruthy();
    expect(fake.sentTo("POST /api/v1/coach/links")).toHaveLength(0);

    await user.type(screen.getByLabelText("Invite code"), "ABCD-1234");
    await user.click(screen.getByRole("button", { name: "Link client" }));
    expect(await screen.findByText("Invite code is not a code we know")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Link client" }));
    expect(await screen.findByText("Linked with Sam Stuck.")).toBeTruthy();
    expect(await screen.findByRole("link", { name: "Sam Stuck" })).toBeTruthy();
    expect(fake.sentTo("POST /api/v1/coach/links").at(-1)?.body).toEqual({ code: "ABCD-1234" });
  });
});
