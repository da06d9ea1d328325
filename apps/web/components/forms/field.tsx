import { useId, type ReactNode } from "react";
import { FieldError } from "./text-field.tsx";

export interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  className?: string;
}

/** What a control needs to be labelled and described: its id and the ids of its hint and error. */
export interface ControlProps {
  id: string;
  name: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

export const controlClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-xs placeholder:text-slate-500 aria-invalid:border-red-700";

/** A label, an optional hint, the control, and its error, all tied together for screen readers. */
export function Field({
  name,
  label,
  hint,
  error,
  className,
  children,
}: FieldProps & { children: (control: ControlProps) => ReactNode }) {
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
      {children({
        id,
        name,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": [errorId, hintId].filter(Boolean).join(" ") || undefined,
      })}
      <FieldError id={errorId} label={label} message={error} />
    </div>
  );
}
