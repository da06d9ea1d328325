"use client";

/** A coach's organisations, and creating one (its creator is its admin). */
import { ZCreateOrgSchema } from "@traction/schemas";
import Link from "next/link";
import { createOrg, listOrgs } from "../../lib/api/orgs.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { SchemaForm } from "../forms/schema-form.tsx";
import { TextField } from "../forms/text-field.tsx";
import { useSession } from "../session/session-provider.tsx";
import { Badge } from "../ui/badge.tsx";
import { LoadState } from "../ui/load-state.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { Panel } from "../ui/panel.tsx";
import { textLink } from "../ui/styles.ts";

export function OrgsHome() {
  const { api } = useSession();
  const orgs = useLoad("orgs", listOrgs);
  const rows = orgs.data?.data ?? [];
  return (
    <>
      <PageHeader
        title="Organisations"
        description="Career centres and programmes you coach for: members, cohorts and clients."
      />
      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <Panel title="My organisations">
          <LoadState {...orgs} what="your organisations" isEmpty={rows.length === 0} empty="You are not in an organisation yet.">
            <ul className="divide-y divide-slate-200">
              {rows.map((org) => (
                <li key={org.id} className="flex items-center justify-between gap-2 py-3">
                  <Link href={`/orgs/${org.id}`} className={textLink}>
                    {org.name}
                  </Link>
                  <Badge>{org.role === "ADMIN" ? "Admin" : "Coach"}</Badge>
                </li>
              ))}
            </ul>
          </LoadState>
        </Panel>
        <Panel title="Create an organisation" description="You become its admin, and can invite coaches.">
          <SchemaForm
            label="Create an organisation"
            schema={ZCreateOrgSchema}
            fields={["name"]}
            resetOnSuccess
            submitLabel="Create"
            pendingLabel="Creating…"
            onSubmit={async (value) => {
              await createOrg(api, value.name);
              orgs.reload();
            }}
          >
            {(errors) => <TextField name="name" label="Name" error={errors.name} />}
          </SchemaForm>
        </Panel>
      </div>
    </>
  );
}
