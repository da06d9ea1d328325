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
  children: ReactNode;
}

/** Loading, error (with a retry), empty, or the content. */
export function LoadState({ status, error, reload, what, empty, isEmpty = false, hasData = false, children }: LoadStateProps) {
  if (status === "loading" && !hasData) {
    return (
      <p aria-busy="true" className="py-4 text-sm text-slate-600">
        Loading {what}…
      </p>
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
