import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SelectField } from "./select-field.tsx";

const EVENT_ID = "6b1f3c2e-8a4d-4c5e-9f00-000000000001";

function EventForm({ options }: { options: Array<{ value: string; label: string }> }) {
  return (
    <form aria-label="Edit">
      <SelectField name="eventId" label="At an event" placeholder="Not at an event" options={options} defaultValue={EVENT_ID} />
    </form>
  );
}

const chosen = () => new FormData(screen.getByRole<HTMLFormElement>("form", { name: "Edit" })).get("eventId");

describe("SelectField", () => {
  it("keeps the record's choice when the form opens before the choices have loaded", () => {
    const { rerender } = render(<EventForm options={[]} />);
    expect(chosen()).toBe(EVENT_ID);
    expect(screen.getByRole("option", { name: "Loading…" })).toBeTruthy();

    rerender(
      <EventForm
        options={[
          { value: "6b1f3c2e-8a4d-4c5e-9f00-000000000002", label: "Rotary lunch" },
          { value: EVENT_ID, label: "Data meetup" },
        ]}
      />,
    );
    expect(chosen()).toBe(EVENT_ID);
    expect(screen.getByRole<HTMLSelectElement>("combobox", { name: "At an event" }).selectedOptions[0]?.textContent).toBe(
      "Data meetup",
    );
    expect(screen.queryByRole("option", { name: "Loading…" })).toBeNull();
  });

  it("adds nothing when the choice is already listed or there is none", () => {
    render(<SelectField name="kind" label="Kind" placeholder="Any" options={[{ value: "A", label: "A" }]} defaultValue="" />);
    expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual(["Any", "A"]);
  });
});
