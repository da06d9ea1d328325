/**
 * The fetch the client sends every request through: an `Idempotency-Key` on
 * every POST (one per logical write, the same on each of its retries), and
 * retries with exponential backoff.
 *
 * - 429 and 503 are retried for every method (the API did nothing), after the
 *   answer's `Retry-After` when it has one, else after the backoff delay.
 * - A network error (no answer at all) is retried only when repeating the
 *   request cannot do a thing twice: GET, HEAD, OPTIONS, PUT, DELETE, and POST,
 *   whose `Idempotency-Key` makes the API replay the first answer. PATCH is not.
 * - A request whose signal is aborted is never retried.
 */

export interface RetryOptions {
  /** Retries after the first attempt (default 4). 0 turns retries off. */
  retries?: number;
  /** The first backoff delay in ms (default 500); it doubles on each retry, with jitter. */
  minDelayMs?: number;
  /** The longest backoff delay in ms (default 30 000). */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this (ms, default 60 000) is not waited for: the 429/503 is returned. */
  maxRetryAfterMs?: number;
  /** Called before each retry: what failed and how long the client waits. */
  onRetry?: (retry: RetryInfo) => void;
}

export interface RetryInfo {
  /** 1 for the first retry. */
  attempt: number;
  delayMs: number;
  method: string;
  url: string;
  /** The 429/503 answer, when there was one. */
  status?: number;
  /** The network error, when there was no answer. */
  error?: unknown;
}

export interface TransportOptions extends RetryOptions {
  fetch?: (request: Request) => Promise<Response>;
  /** Makes a new idempotency key (default `crypto.randomUUID()`). */
  idempotencyKey?: () => string;
}

const RETRIED_STATUSES = new Set([429, 503]);
const REPEATABLE_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "POST"]);

/** `Retry-After` in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The backoff before retry `attempt` (1-based): a random delay up to min(max, min · 2^(attempt-1)), never below half of it. */
export function backoffMs(attempt: number, minDelayMs: number, maxDelayMs: number): number {
  const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

export function retryingFetch(options: TransportOptions = {}): (request: Request) => Promise<Response> {
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const retries = options.retries ?? 4;
  const minDelayMs = options.minDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const newKey = options.idempotencyKey ?? (() => crypto.randomUUID());

  return async (original: Request) => {
    let request = original;
    if (request.method === "POST" && !request.headers.has("idempotency-key")) {
      const headers = new Headers(request.headers);
      headers.set("idempotency-key", newKey());
      request = new Request(request, { headers });
    }
    for (let attempt = 1; ; attempt += 1) {
      // Each attempt sends a copy: the body of a sent request is consumed.
      const last = attempt > retries;
      let response: Response;
      try {
        response = await send(last ? request : request.clone());
      } catch (error) {
        if (last || request.signal.aborted || !REPEATABLE_METHODS.has(request.method)) throw error;
        const delayMs = backoffMs(attempt, minDelayMs, maxDelayMs);
        options.onRetry?.({ attempt, delayMs, method: request.method, url: request.url, error });
        await sleep(delayMs, request.signal);
        continue;
      }
      if (last || !RETRIED_STATUSES.has(response.status)) return response;
      const asked = retryAfterMs(response.headers.get("retry-after"));
      if (asked !== undefined && asked > maxRetryAfterMs) return response;
      const delayMs = asked ?? backoffMs(attempt, minDelayMs, maxDelayMs);
      options.onRetry?.({ attempt, delayMs, method: request.method, url: request.url, status: response.status });
      // The answer is dropped: free its connection.
      await response.body?.cancel();
      await sleep(delayMs, request.signal);
    }
  };
}
