import { RECORD_SCHEMAS, type TVenue } from "@traction/schemas";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { venues } from "../../lib/api/records.ts";
import { fakeApi, json, problem } from "../../test/fake-api.ts";
import { IDS, venueJson } from "../../test/fixtures.ts";
import { renderWithSession } from "../../test/render.tsx";
import { RecordEditor } from "./record-editor.tsx";
import { readVenue, VENUE_FIELDS, VenueFields } from "./record-fields.tsx";

const VENUE = RECORD_SCHEMAS.venues.item.parse(venueJson("Data meetup"));

/** A record shown on a page (its name), with its edit form. */
function Shown() {
  const [venue, setVenue] = useState<TVenue>(VENUE);
  return (
    <>
      <p data-testid="shown">{venue.name}</p>
      <RecordEditor
        name={venue.name}
        record={venue}
        schema={RECORD_SCHEMAS.venues.update}
        rules={RECORD_SCHEMAS.venues.create}
        fields={VENUE_FIELDS}
        read={(data) => readVenue(data, null)}
        save={(api, value) => venues.update(api, venue.id, value)}
        show={setVenue}
      >
        {(errors) => <VenueFields errors={errors} record={venue} />}
      </RecordEditor>
    </>
  );
}

function deferred() {
  let release: (response: Response) => void = () => undefined;
  const promise = new Promise<Response>((resolve) => (release = resolve));
  return { promise, release };
}

function renderEditor(patch: Parameters<typeof fakeApi>[0][string]) {
  const fake = fakeApi({
    "POST /api/v1/auth/refresh": problem(401, "No refresh cookie"),
    [`PATCH /api/v1/venues/${IDS.venue}`]: patch,
  });
  renderWithSession(<Shown />, fake.client);
  return fake;
}

async function rename(to: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: "Edit Data meetup" }));
  const name = screen.getByLabelText("Name");
  await user.clear(name);
  if (to) await user.type(name, to);
  await user.click(screen.getByRole("button", { name: "Save changes" }));
}

describe("RecordEditor", () => {
  it("fills the form with the record, and its inputs carry the shared schema's limits", async () => {
    renderEditor(json(200, VENUE));
    await userEvent.setup().click(screen.getByRole("button", { name: "Edit Data meetup" }));
    const name = screen.getByLabelText<HTMLInputElement>("Name");
    expect(name.value).toBe("Data meetup");
    expect(name.required).toBe(true);
    expect(name.maxLength).toBe(200);
    expect(screen.getByLabelText<HTMLInputElement>("Website").maxLength).toBe(2000);
  });

  it("shows the change at once, sends it as a PATCH, and closes once saved", async () => {
    const answer = deferred();
    const fake = renderEditor(() => answer.promise);
    await rename("Data Meetup Lisbon");

    expect(screen.getByTestId("shown").textContent).toBe("Data Meetup Lisbon");
    expect(fake.sentTo(`PATCH /api/v1/venues/${IDS.venue}`)[0]?.body).toEqual({
      name: "Data Meetup Lisbon",
      kind: "BUSINESS_NETWORKING_GROUP",
      url: null,
      notes: null,
    });
    answer.release(json(200, venueJson("Data Meetup Lisbon")));
    await waitFor(() => expect(screen.queryByRole("form", { name: /^Edit/ })).toBeNull());
    expect(screen.getByTestId("shown").textContent).toBe("Data Meetup Lisbon");
  });

  it("puts the record back when the API refuses, with the API's message next to the field", async () => {
    renderEditor(problem(400, "The body is invalid", [{ path: "name", message: "is already taken" }]));
    await rename("Taken name");

    expect(await screen.findByText("Name is already taken")).toBeTruthy();
    expect(screen.getByTestId("shown").textContent).toBe("Data meetup");
    expect(screen.getByLabelText("Name").getAttribute("aria-invalid")).toBe("true");
  });

  it("refuses an emptied required field with the shared schema, without calling the API", async () => {
    const fake = renderEditor(json(200, VENUE));
    await rename("");

    // The words are the shared error map's; what matters here is that they sit by the field.
    const name = screen.getByLabelText("Name");
    await waitFor(() => expect(name.getAttribute("aria-invalid")).toBe("true"));
    const errorId = name.getAttribute("aria-describedby")!.split(" ")[0]!;
    expect(document.getElementById(errorId)?.textContent).toMatch(/^Name|name/);
    expect(fake.sentTo(`PATCH /api/v1/venues/${IDS.venue}`)).toEqual([]);
    expect(screen.getByTestId("shown").textContent).toBe("Data meetup");
  });
});
