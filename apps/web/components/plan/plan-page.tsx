"use client";

import { useState } from "react";
import { getPlan, putPlan } from "../../lib/api/insights.ts";
import { formatTimestamp } from "../../lib/dates.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { useSession } from "../session/session-provider.tsx";
import { LoadState } from "../ui/load-state.tsx";
import { Panel } from "../ui/panel.tsx";
import { PendingSuggestions } from "./pending-suggestions.tsx";
import { PlanForm } from "./plan-form.tsx";

export function PlanPage() {
  const { api } = useSession();
  const plan = useLoad("plan", (client) => getPlan(client));
  const [saved, setSaved] = useState<Date | null>(null);
  return (
    <>
      <PendingSuggestions onAccepted={plan.reload} />
      <Panel title="Your plan">
        <div role="status" aria-live="polite">
          {saved && <p className="mb-3 text-sm font-medium text-emerald-800">Saved at {formatTimestamp(saved)}.</p>}
        </div>
        <LoadState {...plan} what="your plan" hasData={Boolean(plan.data)}>
          {plan.data && (
            <PlanForm
              key={plan.data.updatedAt.toISOString()}
              plan={plan.data}
              onSave={async (value) => {
                const next = await putPlan(api, value);
                plan.mutate(() => next);
                setSaved(new Date());
              }}
            />
          )}
        </LoadState>
      </Panel>
    </>
  );
}
