"use client";

import type { ReactNode } from "react";
import type { z } from "zod";
import type { FieldErrors } from "../../lib/forms/field-errors.ts";
import { useSchemaForm, type SchemaFormOptions } from "../../lib/forms/use-schema-form.ts";
import { FieldRules } from "./field-rules.tsx";
import { FormAlert } from "./form-alert.tsx";
import { SubmitButton } from "./submit-button.tsx";

interface SchemaFormProps<S extends z.ZodType> extends SchemaFormOptions {
  /** The accessible name of the form. */
  label: string;
  schema: S;
  fields: readonly string[];
  onSubmit: (value: z.output<S>) => Promise<void>;
  submitLabel: string;
  pendingLabel: string;
  children: (errors: FieldErrors) => ReactNode;
  /** Laid out in a grid (compact create forms beside a list) rather than stacked. */
  className?: string;
  /** The submit button's width: the whole form (auth cards) or its label. */
  wideSubmit?: boolean;
  /** Where the inputs' `required`/`maxLength`/`min`/`max` come from: the schema itself by default; an edit form gives the create schema. */
  rules?: z.ZodType;
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
  read,
  resetOnSuccess,
  className = "space-y-5",
  wideSubmit = true,
  rules,
}: SchemaFormProps<S>) {
  const form = useSchemaForm(schema, fields, onSubmit, { read, resetOnSuccess });
  return (
    <form noValidate onSubmit={form.onSubmit} onChange={form.onChange} className={className} aria-label={label}>
      <FormAlert message={form.errors.form} />
      <FieldRules schema={rules ?? schema}>{children(form.errors.fields)}</FieldRules>
      <SubmitButton pending={form.pending} pendingLabel={pendingLabel} wide={wideSubmit}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
