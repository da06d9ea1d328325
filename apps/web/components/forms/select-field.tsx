import type { SelectHTMLAttributes } from "react";
import { controlClass, Field, type FieldProps } from "./field.tsx";

type SelectFieldProps = FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> & {
    options: ReadonlyArray<{ value: string; label: string }>;
    /** The first, empty choice ("Any", "None"); leave out to require a choice. */
    placeholder?: string;
  };

export function SelectField({ name, label, hint, error, className, options, placeholder, ...select }: SelectFieldProps) {
  return (
    <Field name={name} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...control} className={controlClass} {...select}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
