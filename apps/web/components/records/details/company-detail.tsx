"use client";

/** One target company: its status, the people you know there (insiders first) and the leads there. */
import { RECORD_SCHEMAS, type TContact } from "@traction/schemas";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { companies, contacts, leads } from "../../../lib/api/records.ts";
import { useLoad } from "../../../lib/hooks/use-load.ts";
import { COMPANY_STATUS_LABELS, RELATIONSHIP_LABELS } from "../../../lib/labels.ts";
import { Badge } from "../../ui/badge.tsx";
import { textLink } from "../../ui/styles.ts";
import { DeleteButton } from "../delete-button.tsx";
import { Detail, DetailList, LeadItem, RecordDetail, RelatedList } from "../record-detail.tsx";
import { RecordEditor } from "../record-editor.tsx";
import { COMPANY_FIELDS, CompanyFields, readCompany } from "../record-fields.tsx";

/** Who counts as an insider for `insiderCount`: the API's rule. */
const isInsider = (contact: TContact) => contact.relationship === "INSIDER" || contact.relationship === "CONNECTOR";

function PersonItem({ contact }: { contact: TContact }) {
  return (
    <li className="flex flex-wrap items-center gap-2 py-2">
      <Link href={`/contacts/${contact.id}`} className={textLink}>
        {contact.name}
      </Link>
      {contact.relationship && <Badge tone="info">{RELATIONSHIP_LABELS[contact.relationship]}</Badge>}
      {contact.title && <span className="text-sm text-slate-700">{contact.title}</span>}
    </li>
  );
}

export function CompanyDetail({ id }: { id: string }) {
  const router = useRouter();
  const company = useLoad(`company:${id}`, (api) => companies.get(api, id));
  const people = useLoad(`company-contacts:${id}`, (api) => contacts.list(api, { companyId: id, limit: 100 }));
  const there = useLoad(`company-leads:${id}`, (api) => leads.list(api, { companyId: id, limit: 100 }));
  const everyone = people.data?.data;

  return (
    <RecordDetail
      back={{ href: "/companies", label: "All target companies" }}
      what="this company"
      loaded={company}
      title={(record) => record.name}
      description={(record) => COMPANY_STATUS_LABELS[record.status]}
      details={(record, show) => (
        <>
          <DetailList>
            <Detail label="Status">{COMPANY_STATUS_LABELS[record.status]}</Detail>
            <Detail label="Priority">{record.priority}</Detail>
            <Detail label="Insiders">{record.insiderCount}</Detail>
            <Detail label="Notes">{record.notes}</Detail>
          </DetailList>
          <RecordEditor
            name={record.name}
            record={record}
            schema={RECORD_SCHEMAS.companies.update}
            rules={RECORD_SCHEMAS.companies.create}
            fields={COMPANY_FIELDS}
            read={(data) => readCompany(data, null)}
            save={(api, value) => companies.update(api, record.id, value)}
            show={show}
          >
            {(errors) => <CompanyFields errors={errors} record={record} />}
          </RecordEditor>
          <DeleteButton
            name={record.name}
            remove={(api) => companies.remove(api, record.id)}
            onDeleted={() => router.push("/companies")}
          />
        </>
      )}
      related={() => (
        <>
          <RelatedList
            title="Insiders"
            description="Insiders and connectors: people who work there or can open a door."
            loaded={people}
            items={everyone?.filter(isInsider)}
            what="the insiders"
            empty="No insiders yet. Office staff and people who work there often know first."
          >
            {(contact) => <PersonItem key={contact.id} contact={contact} />}
          </RelatedList>
          <RelatedList
            title="Other people there"
            loaded={people}
            items={everyone?.filter((contact) => !isInsider(contact))}
            what="the people there"
            empty="No one else linked to this company."
          >
            {(contact) => <PersonItem key={contact.id} contact={contact} />}
          </RelatedList>
          <RelatedList
            title="Leads"
            loaded={there}
            items={there.data?.data}
            what="the leads"
            empty="No leads at this company yet."
          >
            {(lead) => <LeadItem key={lead.id} lead={lead} />}
          </RelatedList>
        </>
      )}
    />
  );
}
