"use client";

import { useId, useState, type ReactNode } from "react";
import type { LoadedList } from "../../lib/hooks/use-list.ts";
import { InlineError } from "../ui/inline-error.tsx";
import { errorMessage, LoadState } from "../ui/load-state.tsx";
import { Panel } from "../ui/panel.tsx";
import { primaryButton, secondaryButton } from "../ui/styles.ts";

interface RecordListProps<T> {
  title: string;
  description?: string;
  list: LoadedList<T>;
  /** For the loading and error messages: "your venues". */
  what: string;
  empty: ReactNode;
  filters?: ReactNode;
  children: (item: T, index: number) => ReactNode;
}

/** A panel holding one list: its filters, loading / error / empty states, the items and "Show more". */
export function RecordList<T>({ title, description, list, what, empty, filters, children }: RecordListProps<T>) {
  return (
    <Panel title={title} description={description}>
      {filters && (
        <div role="search" aria-label={`Filter ${title.toLowerCase()}`} className="mb-3 grid gap-3 sm:grid-cols-3">
          {filters}
        </div>
      )}
      <LoadState {...list} what={what} hasData={list.items.length > 0} isEmpty={list.items.length === 0} empty={empty}>
        <ul className="divide-y divide-slate-200">{list.items.map((item, index) => children(item, index))}</ul>
        <InlineError
          message={list.moreError === undefined ? null : `Could not load more. ${errorMessage(list.moreError)}`}
          className="mt-3"
        />
        {list.hasMore && (
          <button
            type="button"
            className={`mt-3 ${secondaryButton}`}
            aria-disabled={list.loadingMore}
            onClick={() => void list.loadMore()}
          >
            {list.loadingMore ? "Loading…" : "Show more"}
          </button>
        )}
      </LoadState>
    </Panel>
  );
}

/**
 * The usual two columns of a records page: the list, and the form that adds to
 * it (none for a coach's read-only view). On a phone the form waits behind a
 * sticky "Add" button above the list, so it is never a scroll past the list away.
 */
export function RecordsLayout({ list, form }: { list: ReactNode; form?: ReactNode }) {
  const [open, setOpen] = useState(false);
  const formId = useId();
  if (!form) return list;
  return (
    <div className="grid items-start gap-4 lg:grid-cols-[1fr_20rem]">
      <div className="sticky top-2 z-10 lg:hidden">
        <button
          type="button"
          className={`w-full shadow-md ${open ? secondaryButton : primaryButton}`}
          aria-expanded={open}
          aria-controls={formId}
          onClick={() => setOpen(!open)}
        >
          {open ? "Close the form" : "Add"}
        </button>
      </div>
      <div id={formId} className={`${open ? "" : "hidden"} lg:col-start-2 lg:row-start-1 lg:block`}>
        {form}
      </div>
      <div className="min-w-0 lg:col-start-1 lg:row-start-1">{list}</div>
    </div>
  );
}
