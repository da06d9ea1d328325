"use client";

/** What a coach does for a client: assign a task, suggest weekly targets. */
import { ZCreateAssignmentSchema, ZCreateTargetSuggestionSchema, type TPlan } from "@traction/schemas";
import { useState } from "react";
import { createAssignment, listSuggestionsFor, suggestTargets } from "../../lib/api/coaching.ts";
import { formatDay } from "../../lib/dates.ts";
import { idempotencyKey, newDraftId } from "../../lib/idempotency.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { useContactNames } from "../../lib/hooks/use-names.ts";
import { SchemaForm } from "../forms/schema-form.tsx";
import { useSession } from "../session/session-provider.tsx";
import { Badge } from "../ui/badge.tsx";
import { Panel } from "../ui/panel.tsx";
import { readTask, TASK_FIELDS, TaskFields } from "../records/task-fields.tsx";
import { readWeeklyTargets, TARGET_FIELDS, TARGET_KEYS, WeeklyTargetFields } from "../plan/weekly-targets.tsx";

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
        fields={TASK_FIELDS}
        read={(data) => readTask(data)}
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
        {(errors) => <TaskFields titleLabel="Assignment" names={names} errors={errors} />}
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
        fields={TARGET_FIELDS}
        read={(data) => ({ weeklyTargets: readWeeklyTargets(data) })}
        submitLabel="Suggest targets"
        pendingLabel="Sending…"
        className="space-y-4"
        onSubmit={async (value) => {
          await suggestTargets(api, clientId, value, idempotencyKey(draftId, "suggestion", value));
          setDraftId(newDraftId());
          suggestions.reload();
        }}
      >
        {(errors) => <WeeklyTargetFields targets={plan.weeklyTargets} errors={errors} />}
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
