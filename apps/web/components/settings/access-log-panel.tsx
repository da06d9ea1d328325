"use client";

import { listAccessLog } from "../../lib/api/coaching.ts";
import { formatTimestamp } from "../../lib/dates.ts";
import { useList } from "../../lib/hooks/use-list.ts";
import { LoadState } from "../ui/load-state.tsx";
import { Panel } from "../ui/panel.tsx";
import { secondaryButton } from "../ui/styles.ts";

/** Who read my data, and when: every read a coach made, newest first. */
export function AccessLogPanel() {
  const log = useList("access-log", (api, cursor) => listAccessLog(api, cursor));
  return (
    <Panel title="Access log" description="Every time a coach read your data.">
      <LoadState
        {...log}
        what="the access log"
        hasData={log.items.length > 0}
        isEmpty={log.items.length === 0}
        empty="No coach has read your data."
      >
        <ul className="divide-y divide-slate-200 text-sm">
          {log.items.map((entry, index) => (
            <li
              key={`${entry.at.toISOString()}:${entry.resource}:${index}`}
              className="flex flex-wrap justify-between gap-2 py-2"
            >
              <span>
                <span className="font-medium text-slate-900">{entry.coach.name}</span> read{" "}
                <span className="font-mono text-slate-800">{entry.resource}</span>
              </span>
              <time dateTime={entry.at.toISOString()} className="text-slate-700">
                {formatTimestamp(entry.at)}
              </time>
            </li>
          ))}
        </ul>
        {log.hasMore && (
          <button type="button" className={`mt-3 ${secondaryButton}`} onClick={() => void log.loadMore()}>
            Show more
          </button>
        )}
      </LoadState>
    </Panel>
  );
}
