import type { ReactNode } from "react";

export function SubmitButton({
  pending,
  pendingLabel,
  children,
  wide = true,
}: {
  pending: boolean;
  pendingLabel: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <button
      type="submit"
      aria-disabled={pending}
      className={`${wide ? "w-full" : "w-full sm:w-auto"} rounded-md bg-indigo-700 px-4 py-2.5 text-base font-semibold text-white shadow-sm hover:bg-indigo-800 aria-disabled:cursor-wait aria-disabled:opacity-80`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
