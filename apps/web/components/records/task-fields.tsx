/** A task's fields (what, when, about whom), shared by the client's own tasks and a coach's assignments. */
import type { FieldErrors } from "../../lib/forms/field-errors.ts";
import { text } from "../../lib/forms/read-form.ts";
import type { Names } from "../../lib/hooks/use-names.ts";
import { SelectField } from "../forms/select-field.tsx";
import { TextField } from "../forms/text-field.tsx";

export const TASK_FIELDS = ["title", "dueOn", "contactId"] as const;

export function readTask(data: FormData) {
  return { title: text(data, "title") ?? "", dueOn: text(data, "dueOn"), contactId: text(data, "contactId") };
}

export function TaskFields({ titleLabel, names, errors }: { titleLabel: string; names: Names; errors: FieldErrors }) {
  return (
    <>
      <TextField name="title" label={titleLabel} error={errors.title} />
      <TextField name="dueOn" label="Due on" type="date" error={errors.dueOn} />
      <SelectField
        name="contactId"
        label="About a contact"
        placeholder="No one in particular"
        options={[...names].map(([value, label]) => ({ value, label }))}
        error={errors.contactId}
      />
    </>
  );
}
