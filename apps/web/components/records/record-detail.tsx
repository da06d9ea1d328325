"use client";

/**
 * The frame of a record's own page (`/venues/<id>`, ...): a way back to its
 * list, the record loaded by id (or a plain "not found" for a deleted id or
 * someone else's, with no retry), its title, and its details beside its
 * related records.
 */
import type { TLead } from "@traction/schemas";
import Link from "next/link";
import type { ReactNode } from "react";
import { LEAD_STAGE_LABELS } from "../../lib/labels.ts";
import { Badge } from "../ui/badge.tsx";
import type { Loaded } from "../../lib/hooks/use-load.ts";
import { LoadState } from "../ui/load-state.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { Panel } from "../ui/panel.tsx";
import { textLink } from "../ui/styles.ts";

interface RecordDetailProps<T> {
  back: { href: string; label: string };
  /** "this venue", for the loading and not-found messages. */
  what: string;
  loaded: Loaded<T>;
  title: (record: T) => string;
  description?: (record: T) => ReactNode;
  /** The details panel's content: the facts, the edit form, delete. */
  details: (record: T, show: (record: T) => void) => ReactNode;
  /** The related records, beside the details. */
  related?: (record: T) => ReactNode;
}

export function RecordDetail<T>({ back, what, loaded, title, description, details, related }: RecordDetailProps<T>) {
  const record = loaded.data;
  const show = (next: T) => loaded.mutate(() => next);
  const backLink = (
    <Link href={back.href} className={textLink}>
      ← {back.label}
    </Link>
  );
  return (
    <>
      <p className="mb-2 text-sm">{backLink}</p>
      <LoadState
        {...loaded}
        what={what}
        hasData={record !== undefined}
        notFound={
          <>
            <h1 className="text-xl font-semibold text-slate-900">Not found</h1>
            <p className="mt-1">There is no such record of yours: it may have been deleted, or the link is wrong.</p>
            <p className="mt-2">{backLink}</p>
          </>
        }
      >
        {record !== undefined && (
          <>
            <PageHeader title={title(record)} description={description?.(record)} />
            <div className="grid items-start gap-4 lg:grid-cols-[20rem_1fr]">
              <Panel title="Details">{details(record, show)}</Panel>
              {related && <div className="min-w-0 space-y-4">{related(record)}</div>}
            </div>
          </>
        )}
      </LoadState>
    </>
  );
}

export function DetailList({ children }: { children: ReactNode }) {
  return <dl className="space-y-2 text-sm">{children}</dl>;
}

/** One fact: its label, and its value or a dash. */
export function Detail({ label, children }: { label: string; children: ReactNode }) {
  const empty = children === null || children === undefined || children === "" || children === false;
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium break-words whitespace-pre-line text-slate-900">{empty ? "—" : children}</dd>
    </div>
  );
}

/** A list of related records, with what to say when there are none. */
export function RelatedList<T>({
  title,
  description,
  loaded,
  items,
  what,
  empty,
  children,
}: {
  title: string;
  description?: string;
  loaded: Pick<Loaded<unknown>, "status" | "error" | "reload">;
  items: T[] | undefined;
  what: string;
  empty: string;
  children: (item: T) => ReactNode;
}) {
  return (
    <Panel title={title} description={description}>
      <LoadState {...loaded} what={what} hasData={items !== undefined} isEmpty={items?.length === 0} empty={empty}>
        <ul className="divide-y divide-slate-200">{items?.map(children)}</ul>
      </LoadState>
    </Panel>
  );
}

/** A web address of the record's, opening elsewhere; nothing when it has none. */
export function ExternalLink({ url }: { url: string | null }) {
  if (!url) return null;
  return (
    <a href={url} className={`break-all ${textLink}`} rel="noreferrer noopener" target="_blank">
      {url}
    </a>
  );
}

/** A lead in a related list: its page, and its stage. */
export function LeadItem({ lead }: { lead: TLead }) {
  return (
    <li className="flex flex-wrap items-center gap-2 py-2">
      <Link href={`/leads/${lead.id}`} className={textLink}>
        {lead.title}
      </Link>
      <Badge>{LEAD_STAGE_LABELS[lead.stage]}</Badge>
    </li>
  );
}
