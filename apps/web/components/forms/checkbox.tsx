import type { InputHTMLAttributes, ReactNode } from "react";

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { label: ReactNode };

/** A checkbox with its label as a large click target. */
export function Checkbox({ label, className, ...input }: CheckboxProps) {
  return (
    <label
      className={`flex cursor-pointer items-start gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 has-checked:border-indigo-700 has-checked:bg-indigo-50 ${className ?? ""}`}
    >
      <input type="checkbox" className="mt-0.5 size-4 shrink-0 accent-indigo-700" {...input} />
      <span>{label}</span>
    </label>
  );
}
