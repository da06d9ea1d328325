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

const UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "DatabaseDoesNotExist",
]);

/** SQLSTATE classes 08 (connection exception) and 57P0x (the server shut down or is starting). */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-5])$/;

const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  // node-postgres, on a client whose connection already failed (or was ended by the pool)
  /not queryable/i,
  /Connection terminated due to connection timeout/i,
  /timeout exceeded when trying to connect/i,
  /connect ECONNREFUSED/i,
  /terminating connection/i,
  /can't reach database server/i,
  /DatabaseNotReachable/i,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const candidate = current as {
      code?: unknown;
      originalCode?: unknown;
      kind?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    for (const code of [candidate.code, candidate.originalCode]) {
      if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
    }
    if (typeof candidate.kind === "string" && UNAVAILABLE_KINDS.has(candidate.kind)) return true;
    if (
      typeof candidate.message === "string" &&
      UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(candidate.message as string))
    ) {
      return true;
    }
    // Prisma wraps driver-adapter errors in `meta.driverAdapterError`; pg and Node chain `cause`.
    queue.push(candidate.cause, candidate.meta?.driverAdapterError);
  }
  return false;
}
