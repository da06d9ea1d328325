"use client";

/** After a one-on-one: what came of it, written on its card. */
import { ZUpdateMeetingSchema, type TMeeting } from "@traction/schemas";
import { useState } from "react";
import { meetings } from "../../lib/api/records.ts";
import { text } from "../../lib/forms/read-form.ts";
import { SchemaForm } from "../forms/schema-form.tsx";
import { TextAreaField } from "../forms/text-area-field.tsx";
import { useSession } from "../session/session-provider.tsx";

export function MeetingOutcome({
  meeting,
  label,
  onSaved,
}: {
  meeting: TMeeting;
  label: string;
  onSaved: (meeting: TMeeting) => void;
}) {
  const { api } = useSession();
  const [open, setOpen] = useState(false);
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)} className="mt-2 text-sm">
      <summary className="cursor-pointer font-medium text-indigo-700">
        {meeting.outcome ? "Edit the outcome" : "Write the outcome"}
      </summary>
      {open && (
        <SchemaForm
          label={`Outcome of the ${label}`}
          schema={ZUpdateMeetingSchema}
          fields={["outcome"]}
          read={(data) => ({ outcome: text(data, "outcome") ?? null })}
          submitLabel="Save outcome"
          pendingLabel="Saving…"
          wideSubmit={false}
          className="mt-2 space-y-2"
          onSubmit={async (value) => {
            onSaved(await meetings.update(api, meeting.id, value));
            setOpen(false);
          }}
        >
          {(errors) => (
            <TextAreaField
              name="outcome"
              label="What came of it: ideas, introductions, leads"
              defaultValue={meeting.outcome ?? ""}
              rows={3}
              error={errors.outcome}
            />
          )}
        </SchemaForm>
      )}
    </details>
  );
}
