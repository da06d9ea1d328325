"use client";

import { MEETING_STATUSES, ZCreateMeetingSchema, type TMeeting } from "@traction/schemas";
import Link from "next/link";
import type { ReactNode } from "react";
import { meetings } from "../../lib/api/records.ts";
import { formatTimestamp } from "../../lib/dates.ts";
import { useOptimisticEdit } from "../../lib/hooks/optimistic.ts";
import { useCreate } from "../../lib/hooks/use-create.ts";
import { useList } from "../../lib/hooks/use-list.ts";
import { useContactNames } from "../../lib/hooks/use-names.ts";
import { MEETING_STATUS_LABELS } from "../../lib/labels.ts";
import { LoadState } from "../ui/load-state.tsx";
import { Board } from "./board.tsx";
import { InlineError } from "../ui/inline-error.tsx";
import { CreatePanel } from "./create-panel.tsx";
import { MeetingOutcome } from "./meeting-outcome.tsx";
import { MEETING_FIELDS, MeetingFields, namesToOptions, readMeeting } from "./record-fields.tsx";
import { textLink } from "../ui/styles.ts";

export function MeetingsPage({ clientId, aside }: { clientId?: string; aside?: (meeting: TMeeting) => ReactNode }) {
  const names = useContactNames(clientId);
  const list = useList(`meetings:${clientId ?? "me"}`, (api, cursor) => meetings.list(api, { limit: 100, cursor }, clientId));
  // A move to Scheduled without a time is refused by the API, naming the time.
  const { edit, error } = useOptimisticEdit<TMeeting>(list.mutate, { scheduledAt: "A time" });
  const create = useCreate(meetings.create, list.prepend);
  const contactOptions = namesToOptions(names);
  const nameOf = (meeting: TMeeting) => names.get(meeting.contactId) ?? "A contact";

  return (
    <div className="space-y-4">
      {!clientId && (
        <CreatePanel
          title="Propose a one-on-one"
          description="A coffee outside the networking event, with someone you met."
          schema={ZCreateMeetingSchema}
          fields={MEETING_FIELDS}
          read={(data) => readMeeting(data, undefined)}
          submitLabel="Add one-on-one"
          className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
          onSubmit={create}
        >
          {(errors) => <MeetingFields errors={errors} contacts={contactOptions} />}
        </CreatePanel>
      )}
      <InlineError message={error} />
      <LoadState
        {...list}
        what="one-on-ones"
        hasData={list.items.length > 0}
        isEmpty={list.items.length === 0}
        empty="No one-on-ones yet. Propose a coffee to someone you met: it is where networking turns into help."
      >
        <Board
          label="One-on-ones by status"
          columns={MEETING_STATUSES}
          labels={MEETING_STATUS_LABELS}
          items={list.items}
          columnOf={(meeting) => meeting.status}
          titleOf={(meeting) => `one-on-one with ${nameOf(meeting)}`}
          readOnly={Boolean(clientId)}
          onMove={(meeting, status) => void edit(meeting, { status }, (api) => meetings.update(api, meeting.id, { status }))}
        >
          {(meeting) => (
            <>
              <p className="font-medium text-slate-900">
                {clientId ? (
                  nameOf(meeting)
                ) : (
                  <Link href={`/meetings/${meeting.id}`} className={textLink}>
                    {nameOf(meeting)}
                  </Link>
                )}
              </p>
              <p className="text-sm text-slate-700">
                {meeting.scheduledAt ? formatTimestamp(meeting.scheduledAt) : "No time set"}
              </p>
              {meeting.location && <p className="text-sm text-slate-700">{meeting.location}</p>}
              {meeting.agenda && <p className="mt-1 text-sm text-slate-700">{meeting.agenda}</p>}
              {meeting.outcome && <p className="mt-1 text-sm text-slate-700">Outcome: {meeting.outcome}</p>}
              {!clientId && (
                <MeetingOutcome
                  meeting={meeting}
                  label={`one-on-one with ${nameOf(meeting)}`}
                  onSaved={(saved) => list.mutate((items) => items.map((item) => (item.id === saved.id ? saved : item)))}
                />
              )}
              {aside?.(meeting)}
            </>
          )}
        </Board>
      </LoadState>
    </div>
  );
}
