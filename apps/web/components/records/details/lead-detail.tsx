"use client";

/** One lead: the role, where it is and who it came from, and the stages it went through. */
import { RECORD_SCHEMAS } from "@traction/schemas";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { leadStages, leads } from "../../../lib/api/records.ts";
import { formatTimestamp } from "../../../lib/dates.ts";
import { useLoad } from "../../../lib/hooks/use-load.ts";
import { useCompanyNames, useContactNames } from "../../../lib/hooks/use-names.ts";
import { LEAD_STAGE_LABELS } from "../../../lib/labels.ts";
import { textLink } from "../../ui/styles.ts";
import { DeleteButton } from "../delete-button.tsx";
import { Detail, DetailList, ExternalLink, RecordDetail, RelatedList } from "../record-detail.tsx";
import { RecordEditor } from "../record-editor.tsx";
import { LEAD_FIELDS, LeadFields, namesToOptions, readLead } from "../record-fields.tsx";

export function LeadDetail({ id }: { id: string }) {
  const router = useRouter();
  const lead = useLoad(`lead:${id}`, (api) => leads.get(api, id));
  // Reloaded with the lead's stage, so a change made here shows in the history.
  const stages = useLoad(lead.data ? `lead-stages:${id}:${lead.data.stage}` : null, (api) => leadStages(api, id));
  const companyNames = useCompanyNames();
  const contactNames = useContactNames();

  return (
    <RecordDetail
      back={{ href: "/leads", label: "All leads" }}
      what="this lead"
      loaded={lead}
      title={(record) => record.title}
      description={(record) => LEAD_STAGE_LABELS[record.stage]}
      details={(record, show) => (
        <>
          <DetailList>
            <Detail label="Stage">{LEAD_STAGE_LABELS[record.stage]}</Detail>
            <Detail label="Company">
              {record.companyId && (
                <Link href={`/companies/${record.companyId}`} className={textLink}>
                  {companyNames.get(record.companyId) ?? "A target company"}
                </Link>
              )}
            </Detail>
            <Detail label="Came from">
              {record.sourceContactId && (
                <Link href={`/contacts/${record.sourceContactId}`} className={textLink}>
                  {contactNames.get(record.sourceContactId) ?? "A contact"}
                </Link>
              )}
            </Detail>
            <Detail label="Link">
              <ExternalLink url={record.url} />
            </Detail>
            <Detail label="Notes">{record.notes}</Detail>
          </DetailList>
          <RecordEditor
            name={record.title}
            record={record}
            schema={RECORD_SCHEMAS.leads.update}
            rules={RECORD_SCHEMAS.leads.create}
            fields={LEAD_FIELDS}
            read={(data) => readLead(data, null)}
            save={(api, value) => leads.update(api, record.id, value)}
            show={show}
          >
            {(errors) => (
              <LeadFields
                errors={errors}
                record={record}
                companies={namesToOptions(companyNames)}
                contacts={namesToOptions(contactNames)}
              />
            )}
          </RecordEditor>
          <DeleteButton
            name={record.title}
            remove={(api) => leads.remove(api, record.id)}
            onDeleted={() => router.push("/leads")}
          />
        </>
      )}
      related={() => (
        <RelatedList
          title="Stage history"
          description="Oldest first: where it started and each move since."
          loaded={stages}
          items={stages.data}
          what="the stage history"
          empty="No stages recorded."
        >
          {(change) => (
            <li key={`${change.stage}:${change.changedAt.toISOString()}`} className="flex flex-wrap gap-2 py-2">
              <span className="font-medium text-slate-900">{LEAD_STAGE_LABELS[change.stage]}</span>
              <span className="text-sm text-slate-700">{formatTimestamp(change.changedAt)}</span>
            </li>
          )}
        </RelatedList>
      )}
    />
  );
}
