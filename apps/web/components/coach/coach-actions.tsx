"use client";

/** What a coach does for a client: assign a task, suggest weekly targets. */
import { ZCreateAssignmentSchema, ZCreateTargetSuggestionSchema, type TPlan } from "@traction/schemas";
import { useState } from "react";
import { createAssignment, listSuggestionsFor, suggestTargets } from "../../lib/api/coaching.ts";
import { formatDay } from "../../lib/dates.ts";
import { number, text } from "../../lib/forms/read-form.ts";
import { idempotencyKey, newDraftId } from "../../lib/idempotency.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { useContactNames } from "../../lib/hooks/use-names.ts";
import { TARGET_LABELS } from "../../lib/labels.ts";
import { SchemaForm } from "../forms/schema-form.tsx";
import { SelectField } from "../forms/select-field.tsx";
import { TextField } from "../forms/text-field.tsx";
import { useSession } from "../session/session-provider.tsx";
import { Badge } from "../ui/badge.tsx";
import { Panel } from "../ui/panel.tsx";

const TARGET_KEYS = Object.keys(TARGET_LABELS) as Array<keyof typeof TARGET_LABELS>;

export function AssignTask({ clientId, onAssigned }: { clientId: string; onAssigned: () => void }) {
  const { api } = useSession();
  const names = useContactNames(clientId);
  const [draftId, setDraftId] = useState(newDraftId);
  const [done, setDone] = useState<string | null>(null);
  return (
    <Panel title="Give an assignment" description="It appears in your client's tasks, marked as from you.">
      <div role="status" aria-live="polite">
        {done && <p className="mb-2 text-sm font-medium text-emerald-800">{done}</p>}
      </div>
      <SchemaForm
        label="Give an assignment"
        schema={ZCreateAssignmentSchema}
        fields={["title", "dueOn", "contactId"]}
        read={(data) => ({ title: text(data, "title") ?? "", dueOn: text(data, "dueOn"), contactId: text(data, "contactId") })}
        resetOnSuccess
        submitLabel="Assign"
        pendingLabel="Assigning…"
        className="space-y-4"
        onSubmit={async (value) => {
          const task = await createAssignment(api, clientId, value, idempotencyKey(draftId, "assignment", value));
          setDraftId(newDraftId());
          setDone(`Assigned: ${task.title}`);
          onAssigned();
        }}
      >
        {(errors) => (
          <>
            <TextField name="title" label="Assignment" error={errors.title} />
            <TextField name="dueOn" label="Due on" type="date" error={errors.dueOn} />
            <SelectField
              name="contactId"
              label="About a contact"
              placeholder="No one in particular"
              options={[...names].map(([value, label]) => ({ value, label }))}
              error={errors.contactId}
            />
          </>
        )}
      </SchemaForm>
    </Panel>
  );
}

export function SuggestTargets({ clientId, plan }: { clientId: string; plan: TPlan }) {
  const { api } = useSession();
  const [draftId, setDraftId] = useState(newDraftId);
  const suggestions = useLoad(`suggestions:${clientId}`, (client) => listSuggestionsFor(client, clientId));
  return (
    <Panel title="Suggest weekly targets" description="Your client accepts or declines them.">
      <SchemaForm
        label="Suggest weekly targets"
        schema={ZCreateTargetSuggestionSchema}
        fields={TARGET_KEYS.map((key) => `weeklyTargets.${key}`)}
        read={(data) => ({
          weeklyTargets: Object.fromEntries(TARGET_KEYS.map((key) => [key, number(data, `weeklyTargets.${key}`)])),
        })}
        submitLabel="Suggest targets"
        pendingLabel="Sending…"
        className="space-y-4"
        onSubmit={async (value) => {
          await suggestTargets(api, clientId, value, idempotencyKey(draftId, "suggestion", value));
          setDraftId(newDraftId());
          suggestions.reload();
        }}
      >
        {(errors) => (
          <div className="grid gap-3 sm:grid-cols-2">
            {TARGET_KEYS.map((key) => (
              <TextField
                key={key}
                name={`weeklyTargets.${key}`}
                label={TARGET_LABELS[key]}
                type="number"
                min={0}
                step={1}
                defaultValue={plan.weeklyTargets[key]}
                error={errors[`weeklyTargets.${key}`]}
              />
            ))}
          </div>
        )}
      </SchemaForm>
      {(suggestions.data?.data.length ?? 0) > 0 && (
        <ul aria-label="Your suggestions" className="mt-4 space-y-1 text-sm">
          {suggestions.data?.data.map((suggestion) => (
            <li key={suggestion.id} className="flex flex-wrap items-center gap-2">
              <Badge tone={suggestion.status === "ACCEPTED" ? "good" : suggestion.status === "DECLINED" ? "bad" : "info"}>
                {suggestion.status === "PROPOSED" ? "Waiting" : suggestion.status === "ACCEPTED" ? "Accepted" : "Declined"}
              </Badge>
              <span className="text-slate-700">
                {formatDay(suggestion.createdAt)}: {TARGET_KEYS.map((key) => suggestion.weeklyTargets[key]).join(" / ")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
