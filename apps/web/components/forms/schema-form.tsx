"use client";

import type { ReactNode } from "react";
import type { z } from "zod";
import type { FieldErrors } from "../../lib/forms/field-errors.ts";
import { useSchemaForm } from "../../lib/forms/use-schema-form.ts";
import { FormAlert } from "./form-alert.tsx";
import { SubmitButton } from "./submit-button.tsx";

interface SchemaFormProps<S extends z.ZodType> {
  /** The accessible name of the form. */
  label: string;
  schema: S;
  fields: readonly string[];
  onSubmit: (value: z.output<S>) => Promise<void>;
  submitLabel: string;
  pendingLabel: string;
  children: (errors: FieldErrors) => ReactNode;
}

/** A form validated by a shared zod schema: the form-level alert, the fields (given their errors), the submit button. */
export function SchemaForm<S extends z.ZodType>({
  label,
  schema,
  fields,
  onSubmit,
  submitLabel,
  pendingLabel,
  children,
}: SchemaFormProps<S>) {
  const form = useSchemaForm(schema, fields, onSubmit);
  return (
    <form noValidate onSubmit={form.onSubmit} onChange={form.onChange} className="space-y-5" aria-label={label}>
      <FormAlert message={form.errors.form} />
      {children(form.errors.fields)}
      <SubmitButton pending={form.pending} pendingLabel={pendingLabel}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
