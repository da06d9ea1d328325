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
  const current = typeof select.defaultValue === "string" && select.defaultValue !== "" ? [select.defaultValue] : [];
  return (
    <Field name={name} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...control} className={controlClass} required={required} {...select}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          <OptionList options={withCurrentChoices(options, current)} />
        </select>
      )}
    </Field>
  );
}

type Options = ReadonlyArray<{ value: string; label: string }>;

/**
 * The choices, with the field's current values always among them. A select's
 * `defaultValue` is applied once, when it mounts: an editor opened before its
 * list of contacts or events has loaded would otherwise start with nothing
 * chosen, and saving it would unlink the record without a word. A missing
 * value waits under "Loading…" and takes its name, still chosen, once the list
 * arrives (same key, same option element).
 */
export function withCurrentChoices(options: Options, current: readonly string[]): Options {
  const known = new Set(options.map((option) => option.value));
  const missing = current.filter((value) => !known.has(value));
  return missing.length === 0 ? options : [...options, ...missing.map((value) => ({ value, label: "Loading…" }))];
}

/** A select's choices. */
export function OptionList({ options }: { options: ReadonlyArray<{ value: string; label: string }> }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}
