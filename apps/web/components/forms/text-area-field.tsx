import type { TextareaHTMLAttributes } from "react";
import { controlClass, Field, type FieldProps } from "./field.tsx";
import { useFieldRules } from "./field-rules.tsx";

type TextAreaFieldProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name">;

export function TextAreaField({ name, label, hint, error, className, rows = 3, ...textarea }: TextAreaFieldProps) {
  const { required, maxLength, minLength } = useFieldRules(name);
  return (
    <Field name={name} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          className={controlClass}
          required={required}
          maxLength={maxLength}
          minLength={minLength}
          {...textarea}
        />
      )}
    </Field>
  );
}
