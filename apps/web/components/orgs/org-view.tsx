"use client";

/**
 * One organisation. Admins: the clients with coach assignment, cohorts with
 * their join codes, benchmarks and health week by week (charts, with their
 * numbers as tables), and members and invitations. A coach member sees the
 * cohorts (from the organisation itself, without join codes) with their
 * benchmarks and health.
 */
import { BENCHMARK_MIN_CLIENTS, type TOrgDetail, ZCreateCohortSchema, ZCreateOrgInviteSchema } from "@traction/schemas";
import { useState } from "react";
import {
  assignCoach,
  createCohort,
  getCohortBenchmark,
  getOrg,
  inviteMember,
  listCohorts,
  listMembers,
  listOrgClients,
  removeMember,
} from "../../lib/api/orgs.ts";
import { formatDay } from "../../lib/dates.ts";
import { text } from "../../lib/forms/read-form.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { FLAG_LABELS } from "../../lib/labels.ts";
import { HealthScore } from "../coach/health-score.tsx";
import { SchemaForm } from "../forms/schema-form.tsx";
import { BenchmarkCharts, HealthHistory } from "./cohort-charts.tsx";
import { SelectField } from "../forms/select-field.tsx";
import { TextField } from "../forms/text-field.tsx";
import { useSession } from "../session/session-provider.tsx";
import { Badge } from "../ui/badge.tsx";
import { LoadState } from "../ui/load-state.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { Panel } from "../ui/panel.tsx";
import { smallButton } from "../ui/styles.ts";

const ROLE_OPTIONS = [
  { value: "COACH", label: "Coach" },
  { value: "ADMIN", label: "Admin" },
];

export function OrgView({ orgId }: { orgId: string }) {
  const org = useLoad(`org:${orgId}`, (api) => getOrg(api, orgId));
  return (
    <LoadState {...org} what="the organisation" notFound="This organisation does not exist, or you are not a member.">
      {org.data && (
        <>
          <PageHeader title={org.data.name} description={org.data.role === "ADMIN" ? "You are an admin." : "You coach here."} />
          {org.data.role === "ADMIN" ? <AdminView orgId={orgId} /> : <CoachCohorts orgId={orgId} cohorts={org.data.cohorts} />}
        </>
      )}
    </LoadState>
  );
}

type MembersLoad = ReturnType<typeof useMembers>;
const useMembers = (orgId: string) => useLoad(`org-members:${orgId}`, (client) => listMembers(client, orgId));

function AdminView({ orgId }: { orgId: string }) {
  // One load for both panels: an assignment changes the caseloads.
  const members = useMembers(orgId);
  return (
    <div className="space-y-4">
      <Clients orgId={orgId} members={members} />
      <Cohorts orgId={orgId} />
      <Members orgId={orgId} members={members} />
    </div>
  );
}

function Members({ orgId, members }: { orgId: string; members: MembersLoad }) {
  const { api } = useSession();
  const [sent, setSent] = useState<string | null>(null);
  return (
    <Panel title="Members" description="Caseload: the clients the organisation assigned to each.">
      <LoadState {...members} what="the members">
        <ul className="mb-4 divide-y divide-slate-200">
          {(members.data?.data ?? []).map((member) => (
            <li key={member.user.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span>
                <span className="font-medium text-slate-900">{member.user.name}</span> · {member.user.email}
              </span>
              <span className="flex items-center gap-2">
                <Badge>{member.role === "ADMIN" ? "Admin" : "Coach"}</Badge>
                <span>
                  {member.caseload} {member.caseload === 1 ? "client" : "clients"}
                </span>
                <button
                  type="button"
                  className={smallButton}
                  onClick={async () => {
                    await removeMember(api, orgId, member.user.id);
                    members.reload();
                  }}
                >
                  Remove {member.user.name}
                </button>
              </span>
            </li>
          ))}
        </ul>
      </LoadState>
      {sent && (
        <p role="status" className="mb-3 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Invitation sent to {sent}.
        </p>
      )}
      <SchemaForm
        label="Invite a coach"
        schema={ZCreateOrgInviteSchema}
        fields={["email", "role"]}
        read={(data) => ({ email: text(data, "email"), role: text(data, "role") })}
        resetOnSuccess
        className="grid gap-3 sm:grid-cols-[1fr_8rem_auto] sm:items-end"
        wideSubmit={false}
        submitLabel="Invite"
        pendingLabel="Sending…"
        onSubmit={async (value) => {
          const invite = await inviteMember(api, orgId, value);
          setSent(invite.email);
        }}
      >
        {(errors) => (
          <>
            <TextField name="email" type="email" label="Email" error={errors.email} />
            <SelectField name="role" label="Role" options={ROLE_OPTIONS} defaultValue="COACH" error={errors.role} />
          </>
        )}
      </SchemaForm>
    </Panel>
  );
}

function Cohorts({ orgId }: { orgId: string }) {
  const { api } = useSession();
  const cohorts = useLoad(`org-cohorts:${orgId}`, (client) => listCohorts(client, orgId));
  return (
    <Panel title="Cohorts" description="Jobseekers join a cohort with its join code.">
      <LoadState {...cohorts} what="the cohorts" isEmpty={(cohorts.data?.data.length ?? 0) === 0} empty="No cohort yet.">
        <ul className="mb-4 divide-y divide-slate-200">
          {(cohorts.data?.data ?? []).map((cohort) => (
            <CohortItem key={cohort.id} orgId={orgId} cohort={cohort} enrolled={cohort.clients} joinCode={cohort.joinCode} />
          ))}
        </ul>
      </LoadState>
      <SchemaForm
        label="Create a cohort"
        schema={ZCreateCohortSchema}
        fields={["name", "startsOn", "endsOn"]}
        read={(data) => ({ name: text(data, "name"), startsOn: text(data, "startsOn"), endsOn: text(data, "endsOn") })}
        resetOnSuccess
        className="grid gap-3 sm:grid-cols-2 sm:items-end"
        wideSubmit={false}
        submitLabel="Create cohort"
        pendingLabel="Creating…"
        onSubmit={async (value) => {
          await createCohort(api, orgId, value);
          cohorts.reload();
        }}
      >
        {(errors) => (
          <>
            <TextField name="name" label="Name" error={errors.name} />
            <TextField name="startsOn" type="date" label="Starts" error={errors.startsOn} />
            <TextField name="endsOn" type="date" label="Ends (optional)" error={errors.endsOn} />
          </>
        )}
      </SchemaForm>
    </Panel>
  );
}

/** A coach member's view: the organisation's cohorts, each with its benchmarks and health (join codes are the admins'). */
function CoachCohorts({ orgId, cohorts }: { orgId: string; cohorts: TOrgDetail["cohorts"] }) {
  return (
    <Panel title="Cohorts" description="How each cohort's networking is going, without naming anyone.">
      {cohorts.length === 0 ? (
        <p className="text-sm text-slate-600">No cohort yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {cohorts.map((cohort) => (
            <CohortItem key={cohort.id} orgId={orgId} cohort={cohort} />
          ))}
        </ul>
      )}
    </Panel>
  );
}

/** One cohort in a list: its name and dates, with its benchmarks and health; an admin also sees who is enrolled and the join code. */
function CohortItem({
  orgId,
  cohort,
  enrolled,
  joinCode,
}: {
  orgId: string;
  cohort: TOrgDetail["cohorts"][number];
  enrolled?: number;
  joinCode?: string;
}) {
  const dates = `${formatDay(cohort.startsOn)}${cohort.endsOn ? ` to ${formatDay(cohort.endsOn)}` : ""}`;
  return (
    <li className="space-y-1 py-2 text-sm">
      <div className="flex flex-wrap justify-between gap-2">
        <h3 className="text-base font-semibold text-slate-900">{cohort.name}</h3>
        {enrolled !== undefined && <span>{enrolled} enrolled</span>}
      </div>
      {joinCode ? (
        <p>
          Join code <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900">{joinCode}</code> · from {dates}
        </p>
      ) : (
        <p>From {dates}</p>
      )}
      <Benchmark orgId={orgId} cohortId={cohort.id} cohortName={cohort.name} />
    </li>
  );
}

const people = (count: number) => `${count} ${count === 1 ? "person" : "people"}`;

function Benchmark({ orgId, cohortId, cohortName }: { orgId: string; cohortId: string; cohortName: string }) {
  const [open, setOpen] = useState(false);
  const benchmark = useLoad(open ? `benchmark:${cohortId}` : null, (api) => getCohortBenchmark(api, orgId, cohortId));
  if (!open)
    return (
      <button type="button" className={smallButton} onClick={() => setOpen(true)}>
        Show benchmarks
      </button>
    );
  return (
    <div className="mt-2 space-y-1">
      <h4 className="text-sm font-semibold text-slate-900">Benchmarks, last 28 days</h4>
      <LoadState {...benchmark} what="the benchmarks">
        {benchmark.data?.metrics === null ? (
          <p className="text-slate-600">
            Not shown: fewer than {BENCHMARK_MIN_CLIENTS} people ({benchmark.data.clients}), so that no one can be recognised.
          </p>
        ) : (
          <>
            {benchmark.data?.outcomes && (
              <p className="mt-1 text-xs text-slate-700">
                In the last 28 days: {people(benchmark.data.outcomes.interviews)} reached an interview,{" "}
                {people(benchmark.data.outcomes.offers)} an offer, {people(benchmark.data.outcomes.hired)} a hire.
              </p>
            )}
            {benchmark.data?.metrics && <BenchmarkCharts metrics={benchmark.data.metrics} period="Last 28 days" />}
          </>
        )}
      </LoadState>
      <HealthHistory orgId={orgId} cohortId={cohortId} cohortName={cohortName} />
    </div>
  );
}

function Clients({ orgId, members }: { orgId: string; members: MembersLoad }) {
  const { api } = useSession();
  const [unassigned, setUnassigned] = useState(false);
  const clients = useLoad(`org-clients:${orgId}:${unassigned}`, (client) =>
    listOrgClients(client, orgId, unassigned ? { unassigned: "true" } : {}),
  );
  const coaches = (members.data?.data ?? []).map((member) => ({ value: member.user.id, label: member.user.name }));
  return (
    <Panel
      title="Clients"
      description="Enrolled jobseekers, most in need first: what they agreed to share, never their records."
      actions={
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={unassigned} onChange={(event) => setUnassigned(event.target.checked)} />
          Only without a coach
        </label>
      }
    >
      <LoadState {...clients} what="the clients" isEmpty={(clients.data?.data.length ?? 0) === 0} empty="No client enrolled yet.">
        <ul className="divide-y divide-slate-200">
          {(clients.data?.data ?? []).map((entry) => (
            <li key={entry.client.id} className="grid gap-2 py-3 sm:grid-cols-[1fr_16rem] sm:items-center">
              <div className="min-w-0 space-y-1">
                <div className="flex flex-wrap items-center gap-3">
                  <HealthScore score={entry.healthScore} />
                  <span className="font-medium text-slate-900">{entry.client.name}</span>
                </div>
                <p className="text-sm text-slate-600">
                  Last activity: {entry.lastActivityOn ? formatDay(entry.lastActivityOn) : "none yet"}
                </p>
                {entry.flags.length > 0 && (
                  <ul aria-label="Flags" className="flex flex-wrap gap-1.5">
                    {entry.flags.map((flag) => (
                      <li key={flag}>
                        <Badge tone="warn">{FLAG_LABELS[flag]}</Badge>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              <SelectField
                name={`coach-${entry.client.id}`}
                label={`Coach of ${entry.client.name}`}
                placeholder="No coach"
                options={coaches}
                value={entry.coach?.id ?? ""}
                onChange={async (event) => {
                  if (!event.target.value) return;
                  await assignCoach(api, orgId, entry.client.id, event.target.value);
                  clients.reload();
                  members.reload();
                }}
              />
            </li>
          ))}
        </ul>
      </LoadState>
    </Panel>
  );
}
