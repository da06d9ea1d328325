/**
 * Recognises "the database is not there" however deep the driver adapter has
 * wrapped it, so that the API answers 503 with Retry-After instead of 500.
 */
const UNAVAILABLE_CODES = new Set([
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "08000",
  "08001",
  "08003",
  "08006", // connection_failure
  "53300", // too_many_connections
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "P1001", // Prisma: can't reach database server
  "P1002",
  "P1017", // Prisma: server closed the connection
]);

const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /connect ECONNREFUSED/i,
  /terminating connection/i,
  /DatabaseNotReachable/i,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const candidate = current as { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown; cause?: unknown };
    for (const code of [candidate.code, candidate.originalCode]) {
      if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    }
    if (candidate.kind === "DatabaseNotReachable" || candidate.kind === "ConnectionClosed") return true;
    if (
      typeof candidate.message === "string" &&
      UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(candidate.message as string))
    ) {
      return true;
    }
    current = candidate.cause;
  }
  return false;
}
