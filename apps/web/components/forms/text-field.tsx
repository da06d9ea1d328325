import { useId, type InputHTMLAttributes } from "react";
import { describeError } from "../../lib/forms/field-errors.ts";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

/** A labelled input with an optional hint and its error, both announced with the field. */
export function TextField({ name, label, hint, error, className, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(" ") || undefined}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-xs placeholder:text-slate-500 aria-invalid:border-red-700"
        {...input}
      />
      <FieldError id={errorId} label={label} message={error} />
    </div>
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
