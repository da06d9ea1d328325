import type { Meeting, MeetingStatus } from "@traction/db";
import type { TCreateMeeting, TMeeting, TUpdateMeeting } from "@traction/schemas";
import type { RecordSpec } from "../records/record-spec.ts";
import { meetingEvents } from "../webhooks/record-events.ts";

interface MeetingQuery {
  status?: MeetingStatus;
  contactId?: string;
  from?: Date;
  to?: Date;
}

const DAY_MS = 86_400_000;

/** `from`/`to` are whole UTC days, both inclusive: `to` reaches up to (not including) the next midnight. */
function scheduledBetween(from: Date | undefined, to: Date | undefined): object {
  if (!from && !to) return {};
  return {
    scheduledAt: {
      ...(from ? { gte: from } : {}),
      ...(to ? { lt: new Date(to.getTime() + DAY_MS) } : {}),
    },
  };
}

export const meetingSpec: RecordSpec<Meeting, TMeeting, TCreateMeeting, TUpdateMeeting, MeetingQuery> = {
  noun: "Meeting",
  model: (db) => db.meeting,
  filters: ({ status, contactId, from, to }) => ({
    ...(status ? { status } : {}),
    ...(contactId ? { contactId } : {}),
    ...scheduledBetween(from, to),
  }),
  references: (input) => [{ field: "contactId", table: "Contact", ids: input.contactId }],
  ...meetingEvents,
};
