"use client";

/** A coach's clients, most in need first, with a way to link a new one by the code they were given. */
import { ZRedeemInviteSchema, type TFlag } from "@traction/schemas";
import Link from "next/link";
import { useState } from "react";
import { getRoster, linkClient } from "../../lib/api/coaching.ts";
import { formatDay } from "../../lib/dates.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { FLAG_LABELS, optionsOf } from "../../lib/labels.ts";
import { SchemaForm } from "../forms/schema-form.tsx";
import { SelectField } from "../forms/select-field.tsx";
import { TextField } from "../forms/text-field.tsx";
import { useSession } from "../session/session-provider.tsx";
import { Badge } from "../ui/badge.tsx";
import { LoadState } from "../ui/load-state.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { Panel } from "../ui/panel.tsx";
import { textLink } from "../ui/styles.ts";
import { TargetBars } from "../week/target-bars.tsx";
import { HealthScore } from "./health-score.tsx";

export function Roster() {
  const { api } = useSession();
  const [flag, setFlag] = useState<TFlag | "">("");
  const [linked, setLinked] = useState<string | null>(null);
  const roster = useLoad(`roster:${flag}`, (client) => getRoster(client, { flag: flag || undefined }));
  const entries = roster.data?.data ?? [];

  return (
    <>
      <PageHeader title="Your clients" description="Who needs your attention first: the lowest health score leads." />
      <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
        <Panel
          title="Roster"
          actions={
            <SelectField
              name="flag"
              label="Show clients flagged"
              placeholder="All clients"
              options={optionsOf(FLAG_LABELS)}
              value={flag}
              onChange={(event) => setFlag(event.target.value as TFlag | "")}
              className="w-56"
            />
          }
        >
          <LoadState
            {...roster}
            what="your clients"
            hasData={Boolean(roster.data)}
            isEmpty={entries.length === 0}
            empty={flag ? "No client has this flag." : "No clients yet. Ask a client for their invite code and enter it here."}
          >
            <ul className="divide-y divide-slate-200">
              {entries.map((entry) => (
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
              ))}
            </ul>
          </LoadState>
        </Panel>
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
            {(errors) => <TextField name="code" label="Invite code" autoComplete="off" spellCheck={false} error={errors.code} />}
          </SchemaForm>
        </Panel>
      </div>
    </>
  );
}
