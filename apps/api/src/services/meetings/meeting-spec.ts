import { Prisma, type Meeting, type MeetingStatus } from "@traction/db";
import { SCHEDULED_NEEDS_TIME, type TCreateMeeting, type TMeeting, type TUpdateMeeting } from "@traction/schemas";
import { invalid } from "../../lib/errors.ts";
import type { DbClient } from "../records/db-client.ts";
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

/**
 * A scheduled one-on-one keeps a time: a body that moves a timeless meeting to
 * SCHEDULED, or clears a scheduled meeting's time, is a 400 naming `scheduledAt`
 * (the schema catches the cases visible in the body alone). The row is locked by
 * the update already (the webhook hook reads "before" under the lock).
 */
async function updateMeeting(db: DbClient, ownerId: string, id: string, input: TUpdateMeeting): Promise<Meeting> {
  if (input.status !== undefined || input.scheduledAt !== undefined) {
    const current = await db.meeting.findFirstOrThrow({ where: { id, ownerId }, select: { status: true, scheduledAt: true } });
    const status = input.status ?? current.status;
    const scheduledAt = input.scheduledAt === undefined ? current.scheduledAt : input.scheduledAt;
    if (status === "SCHEDULED" && !scheduledAt) throw invalid([{ path: "scheduledAt", message: SCHEDULED_NEEDS_TIME }]);
  }
  return db.meeting.update({ where: { id }, data: input });
}

export const meetingSpec: RecordSpec<Meeting, TMeeting, TCreateMeeting, TUpdateMeeting, MeetingQuery> = {
  noun: "Meeting",
  model: (db) => db.meeting,
  table: { name: "Meeting", columns: Prisma.MeetingScalarFieldEnum },
  filters: ({ status, contactId, from, to }) => ({
    ...(status ? { status } : {}),
    ...(contactId ? { contactId } : {}),
    ...scheduledBetween(from, to),
  }),
  references: (input) => [{ field: "contactId", table: "Contact", ids: input.contactId }],
  update: updateMeeting,
  ...meetingEvents,
};
