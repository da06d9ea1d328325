import type { ReactNode } from "react";
import { ApiError } from "../../lib/api/api-error.ts";
import type { LoadStatus } from "../../lib/hooks/use-load.ts";
import { secondaryButton } from "./styles.ts";

interface LoadStateProps {
  status: LoadStatus;
  error: unknown;
  reload: () => void;
  /** What is loading, for the busy and error messages ("your venues"). */
  what: string;
  /** Shown when loaded and empty; leave out when the children handle it. */
  empty?: ReactNode;
  isEmpty?: boolean;
  /** Data already on screen stays while a reload runs. */
  hasData?: boolean;
  /** What to say when the API answers 404 (a deleted id, or someone else's): no retry, it would not help. */
  notFound?: ReactNode;
  children: ReactNode;
}

/** Loading, error (with a retry), empty, or the content. */
export function LoadState({
  status,
  error,
  reload,
  what,
  empty,
  isEmpty = false,
  hasData = false,
  notFound,
  children,
}: LoadStateProps) {
  if (status === "loading" && !hasData) {
    return (
      <p aria-busy="true" className="py-4 text-sm text-slate-600">
        Loading {what}…
      </p>
    );
  }
  if (status === "error" && error instanceof ApiError && error.status === 404) {
    return (
      <div role="status" className="rounded-md border border-slate-300 bg-white px-4 py-3 text-slate-800">
        {notFound ?? <p>Could not find {what}: it may have been deleted.</p>}
      </div>
    );
  }
  if (status === "error") {
    return (
      <div
        role="alert"
        className="flex flex-wrap items-center gap-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
      >
        <p>
          Could not load {what}. {errorMessage(error)}
        </p>
        <button type="button" onClick={reload} className={secondaryButton}>
          Try again
        </button>
      </div>
    );
  }
  if (isEmpty && empty !== undefined) return <div className="py-4 text-sm text-slate-600">{empty}</div>;
  return children;
}

export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : "Something went wrong.";
}
