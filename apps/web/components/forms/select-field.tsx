import type { SelectHTMLAttributes } from "react";
import { controlClass, Field, type FieldProps } from "./field.tsx";
import { useFieldRules } from "./field-rules.tsx";

type SelectFieldProps = FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> & {
    options: ReadonlyArray<{ value: string; label: string }>;
    /** The first, empty choice ("Any", "None"); leave out to require a choice. */
    placeholder?: string;
  };

export function SelectField({ name, label, hint, error, className, options, placeholder, ...select }: SelectFieldProps) {
  const { required } = useFieldRules(name);
  return (
    <Field name={name} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...control} className={controlClass} required={required} {...select}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          <OptionList options={options} />
        </select>
      )}
    </Field>
  );
}

/** A select's choices. */
export function OptionList({ options }: { options: ReadonlyArray<{ value: string; label: string }> }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}
