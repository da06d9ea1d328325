/** The four weekly targets as number fields (`weeklyTargets.<key>`), read back into the shape the schemas expect. */
import type { TWeeklyTargets } from "@traction/schemas";
import type { FieldErrors } from "../../lib/forms/field-errors.ts";
import { number } from "../../lib/forms/read-form.ts";
import { TARGET_LABELS } from "../../lib/labels.ts";
import { TextField } from "../forms/text-field.tsx";

export const TARGET_KEYS = Object.keys(TARGET_LABELS) as Array<keyof typeof TARGET_LABELS>;
export const TARGET_FIELDS = TARGET_KEYS.map((key) => `weeklyTargets.${key}`);

export function readWeeklyTargets(data: FormData) {
  return Object.fromEntries(TARGET_KEYS.map((key) => [key, number(data, `weeklyTargets.${key}`)]));
}

export function WeeklyTargetFields({ targets, errors }: { targets: TWeeklyTargets; errors: FieldErrors }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {TARGET_KEYS.map((key) => (
        <TextField
          key={key}
          name={`weeklyTargets.${key}`}
          label={TARGET_LABELS[key]}
          type="number"
          min={0}
          step={1}
          inputMode="numeric"
          defaultValue={targets[key]}
          error={errors[`weeklyTargets.${key}`]}
        />
      ))}
    </div>
  );
}
