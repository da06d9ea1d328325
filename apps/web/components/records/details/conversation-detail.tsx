"use client";

/** One conversation: when, with whom, where, what was covered, and its follow-up. */
import { RECORD_SCHEMAS } from "@traction/schemas";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { conversations, events } from "../../../lib/api/records.ts";
import { formatDay } from "../../../lib/dates.ts";
import { useLoad } from "../../../lib/hooks/use-load.ts";
import { useCompanyNames, useContactNames, useEventPlaces } from "../../../lib/hooks/use-names.ts";
import { CHANNEL_LABELS } from "../../../lib/labels.ts";
import { Badge } from "../../ui/badge.tsx";
import { textLink } from "../../ui/styles.ts";
import { DeleteButton } from "../delete-button.tsx";
import { Detail, DetailList, RecordDetail } from "../record-detail.tsx";
import { RecordEditor } from "../record-editor.tsx";
import { CONVERSATION_FIELDS, ConversationFields, namesToOptions, readConversation } from "../record-fields.tsx";

export function ConversationDetail({ id }: { id: string }) {
  const router = useRouter();
  const talk = useLoad(`conversation:${id}`, (api) => conversations.get(api, id));
  const contactNames = useContactNames();
  const companyNames = useCompanyNames();
  const places = useEventPlaces();
  const eventList = useLoad("events:recent:me", (api) => events.list(api, { limit: 100 }));
  const eventOptions = (eventList.data?.data ?? []).map((event) => ({
    value: event.id,
    label: `${places.get(event.id) ?? "A venue"} · ${formatDay(event.date)}`,
  }));

  return (
    <RecordDetail
      back={{ href: "/log", label: "Quick log" }}
      what="this conversation"
      loaded={talk}
      title={(record) => `Conversation · ${formatDay(record.date)}`}
      details={(record, show) => (
        <>
          <DetailList>
            <Detail label="With">
              <span className="flex flex-wrap gap-x-3">
                {record.contactIds.map((contactId) => (
                  <Link key={contactId} href={`/contacts/${contactId}`} className={textLink}>
                    {contactNames.get(contactId) ?? "A contact"}
                  </Link>
                ))}
              </span>
            </Detail>
            <Detail label="Where">
              {record.eventId ? (
                <Link href={`/events/${record.eventId}`} className={textLink}>
                  {places.get(record.eventId) ?? "An event"}
                </Link>
              ) : (
                record.channel && CHANNEL_LABELS[record.channel]
              )}
            </Detail>
            {record.meetingId && (
              <Detail label="One-on-one">
                <Link href={`/meetings/${record.meetingId}`} className={textLink}>
                  Open the one-on-one
                </Link>
              </Detail>
            )}
            <Detail label="Covered">
              {[
                record.mentionedJobSearch && "mentioned the job search",
                record.explainedWhatIDo && "explained what I do",
                record.smallTalkOnly && "small talk only",
              ]
                .filter(Boolean)
                .join(", ")}
            </Detail>
            <Detail label="Target companies named">
              {record.mentionedCompanyIds.length > 0 && (
                <span className="flex flex-wrap gap-x-3">
                  {record.mentionedCompanyIds.map((companyId) => (
                    <Link key={companyId} href={`/companies/${companyId}`} className={textLink}>
                      {companyNames.get(companyId) ?? "A company"}
                    </Link>
                  ))}
                </span>
              )}
            </Detail>
            <Detail label="Follow-up">
              {record.followUp && (
                <>
                  <Link href={`/tasks/${record.followUp.taskId}`} className={textLink}>
                    {record.followUp.action}
                  </Link>
                  {record.followUp.dueOn && ` by ${formatDay(record.followUp.dueOn)}`}{" "}
                  {record.followUp.done && <Badge tone="good">Done</Badge>}
                </>
              )}
            </Detail>
            <Detail label="Notes">{record.notes}</Detail>
          </DetailList>
          <RecordEditor
            name={`the conversation on ${formatDay(record.date)}`}
            record={record}
            schema={RECORD_SCHEMAS.conversations.update}
            rules={RECORD_SCHEMAS.conversations.create}
            fields={CONVERSATION_FIELDS}
            read={readConversation}
            save={(api, value) => conversations.update(api, record.id, value)}
            show={show}
          >
            {(errors) => (
              <ConversationFields
                errors={errors}
                record={record}
                contacts={namesToOptions(contactNames)}
                companies={namesToOptions(companyNames)}
                events={eventOptions}
              />
            )}
          </RecordEditor>
          <DeleteButton
            name={`the conversation on ${formatDay(record.date)}`}
            remove={(api) => conversations.remove(api, record.id)}
            onDeleted={() => router.push("/log")}
          />
        </>
      )}
    />
  );
}
