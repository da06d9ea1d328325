import type { TProblem } from "@traction/schemas";

/** A failed API call, carrying the RFC 9457 problem document the API sent (or one made up for it). */
export class ApiError extends Error {
  override name = "ApiError";

  constructor(
    readonly problem: TProblem,
    /** The answer's `Retry-After` in seconds, when it sent one (429, 503). */
    readonly retryAfterSeconds?: number,
  ) {
    super(problem.detail);
  }

  get status(): number {
    return this.problem.status;
  }
}

/** For answers that are not problem documents: a proxy error page, a dropped connection. */
export function syntheticProblem(status: number, detail: string): TProblem {
  return { type: "about:blank", title: status === 0 ? "Network Error" : "Error", status, detail };
}
