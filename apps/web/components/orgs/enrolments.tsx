"use client";

/**
 * A jobseeker's cohorts: joining one with its code, after saying exactly what
 * the organisation will see, and leaving (which ends its access and the coach
 * links it made at once).
 */
import { ZCreateEnrolmentSchema } from "@traction/schemas";
import { useState } from "react";
import { enrol, leaveEnrolment, listEnrolments } from "../../lib/api/orgs.ts";
import { formatTimestamp } from "../../lib/dates.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { SchemaForm } from "../forms/schema-form.tsx";
import { TextField } from "../forms/text-field.tsx";
import { useSession } from "../session/session-provider.tsx";
import { Badge } from "../ui/badge.tsx";
import { LoadState } from "../ui/load-state.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { Panel } from "../ui/panel.tsx";
import { smallButton } from "../ui/styles.ts";

export function Enrolments() {
  const { api } = useSession();
  const enrolments = useLoad("enrolments", listEnrolments);
  const [joined, setJoined] = useState<string | null>(null);
  const rows = enrolments.data?.data ?? [];

  return (
    <>
      <PageHeader
        title="Cohorts"
        description="A career centre or programme gives you a join code. Joining shares a summary of your networking with it."
      />
      <div className="grid gap-4 lg:grid-cols-[1fr_22rem]">
        <Panel title="My cohorts" className="self-start">
          <LoadState {...enrolments} what="your cohorts" isEmpty={rows.length === 0} empty="You have not joined a cohort.">
            <ul className="divide-y divide-slate-200">
              {rows.map((row) => (
                <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <div>
                    <p className="font-medium text-slate-900">
                      {row.cohort.name} · {row.org.name}
                    </p>
                    <p className="text-sm text-slate-600">
                      Joined {formatTimestamp(row.createdAt)}
                      {row.endedAt && `, left ${formatTimestamp(row.endedAt)}`}
                    </p>
                  </div>
                  {row.status === "ACTIVE" ? (
                    <button
                      type="button"
                      className={smallButton}
                      onClick={async () => {
                        await leaveEnrolment(api, row.id);
                        enrolments.reload();
                      }}
                    >
                      Leave {row.cohort.name}
                    </button>
                  ) : (
                    <Badge>Left</Badge>
                  )}
                </li>
              ))}
            </ul>
          </LoadState>
        </Panel>
        <Panel title="Join a cohort">
          <div className="mb-4 space-y-2 text-sm text-slate-700" id="consent">
            <p className="font-medium text-slate-900">What the organisation will see</p>
            <ul className="list-disc space-y-1 pl-5">
              <li>your health score and its flags (for example “no one-on-ones”),</li>
              <li>this week against your weekly targets,</li>
              <li>the day of your last activity,</li>
              <li>your figures, only inside cohort figures of 5 people or more.</li>
            </ul>
            <p>
              Never your notes or records (contacts, conversations, events…). Those are read only by a coach you are linked to —
              the organisation may assign you one — and every read is in your access log (Settings).
            </p>
            <p>You can leave at any time: the organisation&apos;s access and the coach links it made end at once.</p>
          </div>
          {joined && (
            <p
              role="status"
              className="mb-3 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
            >
              You joined {joined}.
            </p>
          )}
          <SchemaForm
            label="Join a cohort"
            schema={ZCreateEnrolmentSchema}
            fields={["joinCode"]}
            resetOnSuccess
            submitLabel="I agree — join"
            pendingLabel="Joining…"
            onSubmit={async (value) => {
              const enrolment = await enrol(api, value.joinCode);
              setJoined(`${enrolment.cohort.name} at ${enrolment.org.name}`);
              enrolments.reload();
            }}
          >
            {(errors) => (
              <TextField
                name="joinCode"
                label="Join code"
                autoComplete="off"
                spellCheck={false}
                aria-describedby="consent"
                error={errors.joinCode}
              />
            )}
          </SchemaForm>
        </Panel>
      </div>
    </>
  );
}
