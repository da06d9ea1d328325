import type { InputHTMLAttributes } from "react";
import { describeError } from "../../lib/forms/field-errors.ts";
import { controlClass, Field, type FieldProps } from "./field.tsx";
import { useFieldRules } from "./field-rules.tsx";

type TextFieldProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name">;

/** A labelled input with an optional hint and its error, both announced with the field. */
export function TextField({ name, label, hint, error, className, ...input }: TextFieldProps) {
  const rules = useFieldRules(name);
  return (
    <Field name={name} label={label} hint={hint} error={error} className={className}>
      {(control) => <input {...control} className={controlClass} {...rules} {...input} />}
    </Field>
  );
}

export function FieldError({ id, label, message }: { id: string | undefined; label: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-700">
      {describeError(label, message)}
    </p>
  );
}
