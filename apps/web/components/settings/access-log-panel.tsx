"use client";

import { listAccessLog } from "../../lib/api/coaching.ts";
import { formatTimestamp } from "../../lib/dates.ts";
import { useList } from "../../lib/hooks/use-list.ts";
import { RecordList } from "../records/record-list.tsx";

/** Who read my data, and when: every read a coach made, newest first. */
export function AccessLogPanel() {
  const log = useList("access-log", (api, cursor) => listAccessLog(api, cursor));
  return (
    <RecordList
      title="Access log"
      description="Every time a coach read your data."
      list={log}
      what="the access log"
      empty="No coach has read your data."
    >
      {(entry, index) => (
        <li
          key={`${index}:${entry.at.toISOString()}:${entry.coach.id}`}
          className="flex flex-wrap justify-between gap-2 py-2 text-sm"
        >
          <span>
            <span className="font-medium text-slate-900">{entry.coach.name}</span>
            {entry.org && <> for {entry.org.name}</>} read <span className="font-mono text-slate-800">{entry.resource}</span>
          </span>
          <time dateTime={entry.at.toISOString()} className="text-slate-700">
            {formatTimestamp(entry.at)}
          </time>
        </li>
      )}
    </RecordList>
  );
}
