import { useId } from "react";
import { FieldError } from "./text-field.tsx";

interface RadioGroupProps<V extends string> {
  name: string;
  legend: string;
  options: ReadonlyArray<{ value: V; label: string; description?: string }>;
  defaultValue?: V;
  error?: string;
}

/** A fieldset of radio buttons, each option a large click target with an optional description. */
export function RadioGroup<V extends string>({ name, legend, options, defaultValue, error }: RadioGroupProps<V>) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-900">{legend}</legend>
      <div className="mt-1 grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer gap-3 rounded-md border border-slate-400 bg-white p-3 has-checked:border-indigo-700 has-checked:bg-indigo-50"
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={option.value === defaultValue}
              className="mt-0.5 size-4 accent-indigo-700"
            />
            <span>
              <span className="block text-sm font-medium text-slate-900">{option.label}</span>
              {option.description && <span className="block text-sm text-slate-600">{option.description}</span>}
            </span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} label={legend} message={error} />
    </fieldset>
  );
}
