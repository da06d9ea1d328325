"use client";

/**
 * A coach invites a client by email and follows the invitations: pending
 * (with a way to withdraw), accepted, declined, expired.
 */
import { ZCreateCoachEmailInviteSchema, type TCoachEmailInvite } from "@traction/schemas";
import { useCallback, useState } from "react";
import type { ApiClient } from "../../lib/api/client.ts";
import { inviteByEmail, listEmailInvites, withdrawEmailInvite } from "../../lib/api/invitations.ts";
import { formatDay } from "../../lib/dates.ts";
import { useList } from "../../lib/hooks/use-list.ts";
import { idempotencyKey, newDraftId } from "../../lib/idempotency.ts";
import { SchemaForm } from "../forms/schema-form.tsx";
import { TextField } from "../forms/text-field.tsx";
import { useSession } from "../session/session-provider.tsx";
import { RecordList } from "../records/record-list.tsx";
import { Badge } from "../ui/badge.tsx";
import { InlineError } from "../ui/inline-error.tsx";
import { errorMessage } from "../ui/load-state.tsx";
import { Panel } from "../ui/panel.tsx";
import { smallButton } from "../ui/styles.ts";

const STATUS: Record<TCoachEmailInvite["status"], { label: string; tone: "good" | "warn" | "neutral" }> = {
  PENDING: { label: "Waiting for an answer", tone: "warn" },
  ACCEPTED: { label: "Accepted", tone: "good" },
  DECLINED: { label: "Declined", tone: "neutral" },
  REVOKED: { label: "Withdrawn", tone: "neutral" },
  EXPIRED: { label: "Expired", tone: "neutral" },
};

/** The form: an address, and the email goes out. */
export function InviteByEmailForm({ onSent }: { onSent?: (invite: TCoachEmailInvite) => void }) {
  const { api } = useSession();
  const [sent, setSent] = useState<string | null>(null);
  const [draft, setDraft] = useState(newDraftId);
  return (
    <Panel
      title="Invite a client by email"
      description="They get a link to accept or decline, and see exactly what you will see before they do."
    >
      {sent && (
        <p role="status" className="mb-3 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Invitation sent to {sent}.
        </p>
      )}
      <SchemaForm
        label="Invite a client by email"
        schema={ZCreateCoachEmailInviteSchema}
        fields={["email"]}
        resetOnSuccess
        submitLabel="Send invitation"
        pendingLabel="Sending…"
        onSubmit={async (value) => {
          const invite = await inviteByEmail(api, value.email, idempotencyKey(draft, "invite", value));
          setSent(invite.email);
          setDraft(newDraftId());
          onSent?.(invite);
        }}
      >
        {(errors) => <TextField name="email" type="email" label="Their email address" autoComplete="off" error={errors.email} />}
      </SchemaForm>
    </Panel>
  );
}

/** The coach's invitations page: the form and every invitation, newest first. */
export function EmailInvites() {
  const { api } = useSession();
  const loadPage = useCallback((client: ApiClient, cursor?: string) => listEmailInvites(client, cursor), []);
  const invites = useList("email-invites", loadPage, { keepPrevious: true });
  const [error, setError] = useState<string | null>(null);

  const withdraw = async (invite: TCoachEmailInvite) => {
    setError(null);
    try {
      await withdrawEmailInvite(api, invite.id);
      invites.reload();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
      <RecordList title="Invitations" list={invites} what="your invitations" empty="No invitations sent yet.">
        {(invite) => (
          <li key={invite.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2 font-medium break-all text-slate-900">
                {invite.email}
                <Badge tone={STATUS[invite.status].tone}>{STATUS[invite.status].label}</Badge>
              </p>
              <p className="text-sm text-slate-700">
                Sent {formatDay(invite.createdAt)}
                {invite.status === "PENDING" && ` · link works until ${formatDay(invite.expiresAt)}`}
                {invite.decidedAt &&
                  invite.status !== "PENDING" &&
                  ` · ${invite.status === "REVOKED" ? "withdrawn" : "answered"} ${formatDay(invite.decidedAt)}`}
              </p>
            </div>
            {invite.status === "PENDING" && (
              <button type="button" className={smallButton} onClick={() => void withdraw(invite)}>
                Withdraw
              </button>
            )}
          </li>
        )}
      </RecordList>
      <div>
        <InviteByEmailForm onSent={() => invites.reload()} />
        <InlineError message={error} className="mt-2" />
      </div>
    </div>
  );
}
