"use client";

/**
 * A coach's clients, most in need first, twenty at a time ("Show more"), searchable by name and
 * filterable by flag, with a way to link a new one by the code they were given.
 */
import { ZRedeemInviteSchema, type TFlag } from "@traction/schemas";
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import type { ApiClient } from "../../lib/api/client.ts";
import { getRoster, linkClient } from "../../lib/api/coaching.ts";
import { formatDay } from "../../lib/dates.ts";
import { useList } from "../../lib/hooks/use-list.ts";
import { FLAG_LABELS, optionsOf } from "../../lib/labels.ts";
import { SchemaForm } from "../forms/schema-form.tsx";
import { SelectField } from "../forms/select-field.tsx";
import { TextField } from "../forms/text-field.tsx";
import { useSession } from "../session/session-provider.tsx";
import { Badge } from "../ui/badge.tsx";
import { RecordList } from "../records/record-list.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { Panel } from "../ui/panel.tsx";
import { textLink } from "../ui/styles.ts";
import { TargetBars } from "../week/target-bars.tsx";
import { InviteByEmailForm } from "../invitations/email-invites.tsx";
import { HealthScore } from "./health-score.tsx";

/** How long typing pauses before the search runs. */
const SEARCH_DELAY_MS = 300;

export function Roster() {
  const { api } = useSession();
  const [flag, setFlag] = useState<TFlag | "">("");
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState("");
  const [linked, setLinked] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const loadPage = useCallback(
    (client: ApiClient, cursor?: string) => getRoster(client, { flag: flag || undefined, q: q || undefined, cursor }),
    [flag, q],
  );
  const roster = useList(`roster:${flag}:${q}`, loadPage, { keepPrevious: true });
  const filtered = Boolean(flag || q);

  return (
    <>
      <PageHeader title="Your clients" description="Who needs your attention first: the lowest health score leads." />
      <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
        <RecordList
          title="Roster"
          list={roster}
          what="your clients"
          empty={
            filtered ? "No client matches this search." : "No clients yet. Ask a client for their invite code and enter it here."
          }
          filters={
            <>
              <TextField
                name="q"
                type="search"
                label="Search by name"
                value={typed}
                maxLength={200}
                autoComplete="off"
                onChange={(event) => setTyped(event.target.value)}
                className="sm:col-span-2"
              />
              <SelectField
                name="flag"
                label="Show clients flagged"
                placeholder="All clients"
                options={optionsOf(FLAG_LABELS)}
                value={flag}
                onChange={(event) => setFlag(event.target.value as TFlag | "")}
              />
            </>
          }
        >
          {(entry) => (
            <li key={entry.linkId} className="grid gap-3 py-4 sm:grid-cols-[1fr_14rem]">
              <div className="min-w-0 space-y-2">
                <div className="flex flex-wrap items-center gap-3">
                  <HealthScore score={entry.healthScore} />
                  <Link href={`/clients/${entry.client.id}`} className={`text-lg ${textLink}`}>
                    {entry.client.name}
                  </Link>
                </div>
                <p className="text-sm text-slate-600">
                  Last activity: {entry.lastActivityOn ? formatDay(entry.lastActivityOn) : "none yet"}
                </p>
                <p className="text-sm text-slate-600">
                  {entry.reviewedLastWeek ? "Reviewed last week" : "No review of last week"}
                </p>
                {entry.flags.length > 0 && (
                  <ul aria-label="Flags" className="flex flex-wrap gap-1.5">
                    {entry.flags.map((each) => (
                      <li key={each}>
                        <Badge tone="warn">{FLAG_LABELS[each]}</Badge>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              <div aria-label={`${entry.client.name}'s week`} role="group">
                <TargetBars targets={entry.targets} compact />
              </div>
            </li>
          )}
        </RecordList>
        <div className="space-y-4">
          <InviteByEmailForm />
          <Panel title="Link a client" description="Your client creates a code in their settings and gives it to you.">
            {linked && (
              <p
                role="status"
                className="mb-3 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
              >
                Linked with {linked}.
              </p>
            )}
            <SchemaForm
              label="Link a client"
              schema={ZRedeemInviteSchema}
              fields={["code"]}
              resetOnSuccess
              submitLabel="Link client"
              pendingLabel="Linking…"
              onSubmit={async (value) => {
                const link = await linkClient(api, value.code);
                setLinked(link.client.name);
                roster.reload();
              }}
            >
              {(errors) => (
                <TextField name="code" label="Invite code" autoComplete="off" spellCheck={false} error={errors.code} />
              )}
            </SchemaForm>
          </Panel>
        </div>
      </div>
    </>
  );
}
