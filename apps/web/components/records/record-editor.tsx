"use client";

/**
 * "Edit" on a record: the kind's fields, filled with the record, validated by
 * the shared update schema (the inputs' limits come from the create schema).
 * Saving shows the change at once (optimistic); if the API refuses, the record
 * goes back as it was and the API's errors show next to their fields.
 */
import { useState, type ReactNode } from "react";
import type { z } from "zod";
import type { ApiClient } from "../../lib/api/client.ts";
import type { FieldErrors } from "../../lib/forms/field-errors.ts";
import { saveOptimistically, withChange } from "../../lib/hooks/optimistic.ts";
import { SchemaForm } from "../forms/schema-form.tsx";
import { useSession } from "../session/session-provider.tsx";
import { secondaryButton } from "../ui/styles.ts";

interface RecordEditorProps<T extends object, S extends z.ZodType> {
  /** What is edited, for the button and the form's name: "Edit Data meetup". */
  name: string;
  record: T;
  schema: S;
  /** The create schema, whose required fields and limits the inputs carry. */
  rules: z.ZodType;
  fields: readonly string[];
  read: (data: FormData) => unknown;
  save: (api: ApiClient, value: z.output<S>) => Promise<T>;
  /** Shows a version of the record: the change at once, then the saved one (or the old one back). */
  show: (record: T) => void;
  children: (errors: FieldErrors) => ReactNode;
  className?: string;
}

export function RecordEditor<T extends object, S extends z.ZodType>({
  name,
  record,
  schema,
  rules,
  fields,
  read,
  save,
  show,
  children,
  className = "mt-3 space-y-4",
}: RecordEditorProps<T, S>) {
  const { api } = useSession();
  const [open, setOpen] = useState(false);

  if (!open) {
    return (
      <button type="button" className={`mt-3 ${secondaryButton}`} aria-label={`Edit ${name}`} onClick={() => setOpen(true)}>
        Edit
      </button>
    );
  }
  return (
    <div>
      <SchemaForm
        label={`Edit ${name}`}
        schema={schema}
        rules={rules}
        fields={fields}
        read={read}
        submitLabel="Save changes"
        pendingLabel="Saving…"
        wideSubmit={false}
        className={className}
        onSubmit={async (value) => {
          await saveOptimistically(record, withChange(record, value as object), show, () => save(api, value));
          setOpen(false);
        }}
      >
        {children}
      </SchemaForm>
      <button type="button" className={`mt-2 ${secondaryButton}`} onClick={() => setOpen(false)}>
        Cancel
      </button>
    </div>
  );
}
