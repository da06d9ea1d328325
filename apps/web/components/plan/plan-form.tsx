"use client";

/** The plan: the pitch (what I do), the roles I target, and the weekly targets this week is measured against. */
import { ZPutPlanSchema, type TPlan } from "@traction/schemas";
import type { z } from "zod";
import { toDateString } from "../../lib/dates.ts";
import { text, words } from "../../lib/forms/read-form.ts";
import { SchemaForm } from "../forms/schema-form.tsx";
import { TextAreaField } from "../forms/text-area-field.tsx";
import { TextField } from "../forms/text-field.tsx";
import { readWeeklyTargets, TARGET_FIELDS, WeeklyTargetFields } from "./weekly-targets.tsx";

export const PITCH_MAX = 500;

export function PlanForm({ plan, onSave }: { plan: TPlan; onSave: (value: z.output<typeof ZPutPlanSchema>) => Promise<void> }) {
  return (
    <SchemaForm
      label="Your plan"
      schema={ZPutPlanSchema}
      fields={["pitch", "targetRoles", ...TARGET_FIELDS, "startsOn"]}
      read={(data) => ({
        pitch: text(data, "pitch")?.trim() ?? null,
        targetRoles: words(data, "targetRoles"),
        weeklyTargets: readWeeklyTargets(data),
        startsOn: text(data, "startsOn") ?? null,
      })}
      submitLabel="Save plan"
      pendingLabel="Saving…"
      wideSubmit={false}
      onSubmit={onSave}
    >
      {(errors) => (
        <>
          <TextAreaField
            name="pitch"
            label="What I do (my pitch)"
            hint={`One or two sentences you can say at any event. Up to ${PITCH_MAX} characters.`}
            defaultValue={plan.pitch ?? ""}
            rows={3}
            error={errors.pitch}
          />
          <TextField
            name="targetRoles"
            label="Roles I am looking for"
            hint="Separated by commas."
            defaultValue={plan.targetRoles.join(", ")}
            error={errors.targetRoles ?? firstIndexed(errors, "targetRoles")}
          />
          <fieldset>
            <legend className="text-sm font-medium text-slate-900">Weekly targets</legend>
            <div className="mt-1">
              <WeeklyTargetFields targets={plan.weeklyTargets} errors={errors} />
            </div>
          </fieldset>
          <TextField
            name="startsOn"
            label="Plan starts on"
            type="date"
            defaultValue={plan.startsOn ? toDateString(plan.startsOn) : ""}
            error={errors.startsOn}
            className="max-w-xs"
          />
        </>
      )}
    </SchemaForm>
  );
}

/** `targetRoles.2` errors belong to the one roles field. */
function firstIndexed(errors: Partial<Record<string, string>>, field: string): string | undefined {
  const key = Object.keys(errors).find((name) => name.startsWith(`${field}.`) && errors[name]);
  return key ? errors[key] : undefined;
}
