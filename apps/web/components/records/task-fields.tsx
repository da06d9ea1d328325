/** A task's fields (what, when, about whom), shared by the client's own tasks, a coach's assignments and the task's edit form. */
import type { TTask } from "@traction/schemas";
import { toDateString } from "../../lib/dates.ts";
import type { FieldErrors } from "../../lib/forms/field-errors.ts";
import { text } from "../../lib/forms/read-form.ts";
import type { Names } from "../../lib/hooks/use-names.ts";
import { SelectField } from "../forms/select-field.tsx";
import { TextField } from "../forms/text-field.tsx";

export const TASK_FIELDS = ["title", "dueOn", "contactId"] as const;

/** `blank`: what an emptied optional field becomes (left out on create, `null` to clear it on update). */
export function readTask(data: FormData, blank: null | undefined = undefined) {
  return {
    title: text(data, "title") ?? "",
    dueOn: text(data, "dueOn") ?? blank,
    contactId: text(data, "contactId") ?? blank,
  };
}

export function TaskFields({
  titleLabel,
  names,
  errors,
  record,
}: {
  titleLabel: string;
  names: Names;
  errors: FieldErrors;
  record?: TTask;
}) {
  return (
    <>
      <TextField name="title" label={titleLabel} defaultValue={record?.title} error={errors.title} />
      <TextField
        name="dueOn"
        label="Due on"
        type="date"
        defaultValue={record?.dueOn ? toDateString(record.dueOn) : ""}
        error={errors.dueOn}
      />
      <SelectField
        name="contactId"
        label="About a contact"
        placeholder="No one in particular"
        options={[...names].map(([value, label]) => ({ value, label }))}
        defaultValue={record?.contactId ?? ""}
        error={errors.contactId}
      />
    </>
  );
}
