/**
 * Which record changes are webhook events, as hooks of the generic record
 * layer (RecordSpec.afterCreate / afterUpdate, run inside the write's
 * transaction). Payloads carry the record exactly as the API returns it.
 */
import { ZContactSchema, ZLeadSchema, ZMeetingSchema, type TContact, type TLead, type TMeeting } from "@traction/schemas";
import { z } from "zod";
import type { DbClient } from "../records/db-client.ts";
import { emitEvent } from "./emit-event.ts";

export const contactEvents = {
  afterCreate: (db: DbClient, ownerId: string, contact: TContact) =>
    emitEvent(db, ownerId, "contact.created", { contact: z.encode(ZContactSchema, contact) }),
};

export const leadEvents = {
  afterCreate: (db: DbClient, ownerId: string, lead: TLead) =>
    emitEvent(db, ownerId, "lead.created", { lead: z.encode(ZLeadSchema, lead) }),
  afterUpdate: async (db: DbClient, ownerId: string, before: TLead, after: TLead) => {
    if (before.stage === after.stage) return;
    await emitEvent(db, ownerId, "lead.stage_changed", { lead: z.encode(ZLeadSchema, after), previousStage: before.stage });
  },
};

export const meetingEvents = {
  afterCreate: async (db: DbClient, ownerId: string, meeting: TMeeting) => {
    if (meeting.status === "DONE")
      await emitEvent(db, ownerId, "meeting.completed", { meeting: z.encode(ZMeetingSchema, meeting) });
  },
  afterUpdate: async (db: DbClient, ownerId: string, before: TMeeting, after: TMeeting) => {
    if (before.status !== "DONE" && after.status === "DONE") {
      await emitEvent(db, ownerId, "meeting.completed", { meeting: z.encode(ZMeetingSchema, after) });
    }
  },
};
