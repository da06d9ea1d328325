import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { fakeApi, json, problem, type SentRequest } from "../../test/fake-api.ts";
import { companyJson, contactJson, conversationJson, eventJson, IDS, list, venueJson } from "../../test/fixtures.ts";
import { renderWithSession } from "../../test/render.tsx";
import { QuickLogForm } from "./quick-log-form.tsx";

const NEW_IDS = [IDS.grace, IDS.alan];

/** The API as the form meets it: lists to suggest from, and creates that echo what was sent. */
function api(overrides: Record<string, Parameters<typeof fakeApi>[0][string]> = {}) {
  let contact = 0;
  return fakeApi({
    "POST /api/v1/auth/refresh": problem(401, "No refresh cookie"),
    "GET /api/v1/venues": json(200, list([venueJson("Chamber breakfast")])),
    "GET /api/v1/companies": json(200, list([companyJson("Harbor Logistics")])),
    "GET /api/v1/contacts": json(200, list([])),
    "GET /api/v1/contacts/duplicates": json(200, { data: [] }),
    "POST /api/v1/venues": (request) => json(201, venueJson((request.body as { name: string }).name, "MEETUP")),
    "POST /api/v1/events": (request) => json(201, eventJson(request.body as { venueId: string; date: string; hours: number })),
    "POST /api/v1/contacts": (request) =>
      json(201, contactJson(NEW_IDS[contact++ % 2]!, (request.body as { name: string }).name)),
    "POST /api/v1/conversations": (request) => json(201, conversationJson(request.body as Record<string, unknown>)),
    ...overrides,
  });
}

const person = (index: number) => within(screen.getByRole("group", { name: `Person ${index}` }));
const creates = (sent: SentRequest[]) => sent.filter((request) => request.method === "POST" && !request.path.includes("/auth/"));

async function fillNewVenueAndTwoPeople() {
  const user = userEvent.setup();
  await user.type(screen.getByRole("combobox", { name: "Venue" }), "Data Meetup");
  await user.selectOptions(screen.getByLabelText("Kind of venue"), "Meetup");
  await user.clear(screen.getByLabelText("Date"));
  await user.type(screen.getByLabelText("Date"), "2026-11-20");
  await user.type(screen.getByLabelText("Hours spent"), "2.5");
  await user.type(person(1).getByRole("combobox", { name: "Person 1: name" }), "Grace Hopper");
  await user.type(person(1).getByLabelText("Person 1: company"), "Harbor Logistics");
  await user.selectOptions(person(1).getByLabelText("Person 1: who they are to you"), "Insider");
  await user.click(person(1).getByLabelText("I mentioned my job search"));
  await user.click(person(1).getByLabelText("I named target companies"));
  await user.click(person(1).getByLabelText("Harbor Logistics"));
  await user.click(person(1).getByLabelText("Follow up with person 1"));
  await user.type(person(1).getByLabelText("Person 1: what to do next"), "Send my portfolio");
  await user.type(person(1).getByLabelText("Person 1: by"), "2026-11-27");
  await user.click(screen.getByRole("button", { name: "Add another person" }));
  await user.type(person(2).getByRole("combobox", { name: "Person 2: name" }), "Alan Plumber");
  await user.click(person(2).getByLabelText("Small talk only"));
  return user;
}

// Typing a whole evening with user-event takes a few seconds; more on a busy two-core machine.
describe("QuickLogForm", { timeout: 20_000 }, () => {
  it("checks every part with the shared schemas before sending anything", async () => {
    const fake = api();
    renderWithSession(<QuickLogForm />, fake.client);
    const user = userEvent.setup();

    await user.click(person(1).getByLabelText("I named target companies"));
    await user.click(person(1).getByLabelText("Follow up with person 1"));
    await user.type(person(1).getByLabelText("Person 1: by"), "2031-01-01");
    await user.click(screen.getByRole("button", { name: "Save the log" }));

    expect(screen.getByText("Choose the venue")).toBeTruthy();
    expect(screen.getByText("Choose the kind of venue")).toBeTruthy();
    expect(screen.getByText("Enter the hours spent")).toBeTruthy();
    expect(screen.getByText("Enter a name")).toBeTruthy();
    expect(screen.getByText("Pick the target companies you named")).toBeTruthy();
    expect(screen.getByText("Say what to do next")).toBeTruthy();
    expect(screen.getByText("Pick a date within the next year")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("combobox", { name: "Venue" }));
    expect(screen.getByRole("combobox", { name: "Venue" }).getAttribute("aria-invalid")).toBe("true");
    expect(creates(fake.sent)).toEqual([]);
  });

  it("creates venue, event, contacts met there and a conversation with each, in order, each under an idempotency key", async () => {
    const fake = api();
    renderWithSession(<QuickLogForm />, fake.client);

    const user = await fillNewVenueAndTwoPeople();
    await user.click(screen.getByRole("button", { name: "Save the log" }));

    expect(await screen.findByText("Logged Data Meetup with 2 people.")).toBeTruthy();
    const sent = creates(fake.sent);
    expect(sent.map((request) => request.path)).toEqual([
      "/api/v1/venues",
      "/api/v1/events",
      "/api/v1/contacts",
      "/api/v1/contacts",
      "/api/v1/conversations",
      "/api/v1/conversations",
    ]);
    expect(sent.map((request) => request.body)).toEqual([
      { name: "Data Meetup", kind: "MEETUP" },
      { venueId: IDS.venue, date: "2026-11-20", hours: 2.5 },
      { name: "Grace Hopper", company: "Harbor Logistics", relationship: "INSIDER", metAtEventId: IDS.event },
      { name: "Alan Plumber", metAtEventId: IDS.event },
      {
        date: "2026-11-20",
        channel: "AT_EVENT",
        mentionedJobSearch: true,
        mentionedCompanyIds: [IDS.company],
        explainedWhatIDo: false,
        smallTalkOnly: false,
        followUp: { action: "Send my portfolio", dueOn: "2026-11-27" },
        contactIds: [IDS.grace],
        eventId: IDS.event,
      },
      {
        date: "2026-11-20",
        channel: "AT_EVENT",
        mentionedJobSearch: false,
        mentionedCompanyIds: [],
        explainedWhatIDo: false,
        smallTalkOnly: true,
        contactIds: [IDS.alan],
        eventId: IDS.event,
      },
    ]);
    const keys = sent.map((request) => request.headers["idempotency-key"]);
    expect(keys.every((key) => typeof key === "string" && /^[\x21-\x7e]{1,255}$/.test(key))).toBe(true);
    expect(new Set(keys).size).toBe(6);
    // The form is empty again, ready for the next log.
    expect(screen.getByRole<HTMLInputElement>("combobox", { name: "Venue" }).value).toBe("");
  });

  it("a retry after a failure replays what was created (same keys) and says what was already saved", async () => {
    const fake = api({
      "POST /api/v1/conversations": [
        problem(503, "The database is not reachable"),
        (request) => json(201, conversationJson(request.body as Record<string, unknown>)),
      ],
    });
    renderWithSession(<QuickLogForm />, fake.client);

    const user = await fillNewVenueAndTwoPeople();
    await user.click(screen.getByRole("button", { name: "Save the log" }));
    const alert = await screen.findByText(/The database is not reachable/);
    expect(alert.textContent).toContain("Already saved: the venue, the event, Grace Hopper, Alan Plumber");
    const first = creates(fake.sent).map((request) => `${request.path} ${request.headers["idempotency-key"]}`);

    await user.click(screen.getByRole("button", { name: "Save the log" }));
    expect(await screen.findByText("Logged Data Meetup with 2 people.")).toBeTruthy();
    const second = creates(fake.sent)
      .slice(first.length)
      .map((request) => `${request.path} ${request.headers["idempotency-key"]}`);
    expect(second.slice(0, 5)).toEqual(first);
  });

  it("shows the API's field errors next to the fields they belong to", async () => {
    const fake = api({
      "POST /api/v1/events": problem(400, "The body is invalid", [{ path: "hours", message: "At most 24 hours for one event" }]),
    });
    renderWithSession(<QuickLogForm />, fake.client);

    const user = await fillNewVenueAndTwoPeople();
    await user.click(screen.getByRole("button", { name: "Save the log" }));

    const error = await screen.findByText("At most 24 hours for one event");
    expect(screen.getByLabelText("Hours spent").getAttribute("aria-describedby")).toContain(error.id);
    expect(document.activeElement).toBe(screen.getByLabelText("Hours spent"));
    expect(creates(fake.sent).map((request) => request.path)).toEqual(["/api/v1/venues", "/api/v1/events"]);
  });

  it("suggests existing venues and contacts as you type; picking one creates nothing new for it", async () => {
    const fake = api({
      "GET /api/v1/contacts": json(200, list([contactJson(IDS.grace, "Grace Hopper", { company: "Harbor Logistics" })])),
    });
    renderWithSession(<QuickLogForm />, fake.client);
    const user = userEvent.setup();

    await user.type(screen.getByRole("combobox", { name: "Venue" }), "cham");
    await user.keyboard("{ArrowDown}{Enter}");
    expect(screen.getByText("A venue you have been to (Business networking group).")).toBeTruthy();
    expect(screen.queryByLabelText("Kind of venue")).toBeNull();
    await user.type(screen.getByLabelText("Hours spent"), "1");
    await user.type(person(1).getByRole("combobox", { name: "Person 1: name" }), "Gra");
    await user.click(await screen.findByRole("option", { name: /Grace Hopper/ }));
    expect(person(1).getByText("An existing contact.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Save the log" }));

    await waitFor(() => expect(screen.getByText("Logged Chamber breakfast with 1 person.")).toBeTruthy());
    expect(creates(fake.sent).map((request) => request.path)).toEqual(["/api/v1/events", "/api/v1/conversations"]);
    expect(creates(fake.sent)[1]?.body).toMatchObject({ contactIds: [IDS.grace], eventId: IDS.event });
  });
});
