import Link from "next/link";

/** The wordmark, linking home. */
export function Brand() {
  return (
    <Link href="/" className="inline-flex items-center gap-2 rounded-md text-lg font-bold tracking-tight text-slate-900">
      <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-indigo-700 text-sm text-white">
        T
      </span>
      Traction
    </Link>
  );
}
