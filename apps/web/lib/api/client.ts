/**
 * The one door to the API. It keeps the access token in memory (never in
 * storage), parses every answer with the shared zod schemas, turns errors into
 * `ApiError`s carrying the problem document, and on a 401 refreshes the access
 * token once through the httpOnly refresh cookie and retries. A refresh that is
 * rate limited or meets an outage is retried after the `Retry-After` it was
 * given; only a refusal (401) ends the session, with the reason the API gave.
 */
import { ZAccessTokenResponseSchema, ZProblemSchema } from "@traction/schemas";
import type { z } from "zod";
import { ApiError, syntheticProblem } from "./api-error.ts";

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  /** Send the access token and refresh it on a 401 (default). Off for the auth routes themselves. */
  auth?: boolean;
  /** Extra headers, e.g. `Idempotency-Key` on creates. */
  headers?: Record<string, string>;
}

export interface ApiClientOptions {
  /** Where `/api/v1/...` lives; same origin by default (Next rewrites /api to the API). */
  baseUrl?: string;
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
}

export const REFRESH_PATH = "/api/v1/auth/refresh";

/** Why a session is over: it ended (expired, or no session at all), or it was signed out (with the API's words). */
export interface SessionEnd {
  reason: "ended" | "revoked";
  detail: string;
}

export interface RetryPolicy {
  /** Refresh attempts after the first, when the API answers 429 or 503 or cannot be reached. */
  attempts: number;
  /** The longest wait honoured (a longer `Retry-After` gives up and keeps the page as it is). */
  maxWaitSeconds: number;
  sleep: (ms: number) => Promise<void>;
}

const DEFAULT_RETRY: RetryPolicy = {
  attempts: 3,
  maxWaitSeconds: 30,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const isTransient = (error: unknown) => error instanceof ApiError && [0, 429, 502, 503, 504].includes(error.status);

export class ApiClient {
  #accessToken: string | null = null;
  #refreshing: Promise<boolean> | null = null;
  readonly #sessionLostListeners = new Set<(end: SessionEnd) => void>();
  readonly #baseUrl: string;
  readonly #fetch: typeof fetch;
  readonly #retry: RetryPolicy;

  constructor(options: ApiClientOptions = {}) {
    this.#baseUrl = options.baseUrl ?? "";
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#retry = { ...DEFAULT_RETRY, ...options.retry };
  }

  setAccessToken(token: string | null): void {
    this.#accessToken = token;
  }

  /** Called when a refresh is refused: the session is over and the user must sign in again. */
  onSessionLost(listener: (end: SessionEnd) => void): () => void {
    this.#sessionLostListeners.add(listener);
    return () => this.#sessionLostListeners.delete(listener);
  }

  async request<S extends z.ZodType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.output<S>> {
    return this.#read(await this.#exchange(path, options), schema);
  }

  /** A file the API sends as an attachment (an export): the body as a Blob, errors as `ApiError`s. */
  async download(path: string): Promise<Blob> {
    const response = await this.#exchange(path, {});
    if (!response.ok) throw problemOf(response, parseJson(await response.text()));
    return response.blob();
  }

  async #exchange(path: string, options: RequestOptions): Promise<Response> {
    const auth = options.auth ?? true;
    let response = await this.#send(path, options, auth);
    if (response.status === 401 && auth && (await this.refresh())) {
      response = await this.#send(path, options, auth);
    }
    return response;
  }

  /**
   * Exchanges the refresh cookie for a new access token. Concurrent callers share
   * one request: a refresh token works once, and a second use would revoke the session.
   */
  refresh(): Promise<boolean> {
    this.#refreshing ??= this.#refreshWithRetries()
      .then(
        ({ accessToken }) => {
          this.#accessToken = accessToken;
          return true;
        },
        (error: unknown) => {
          if (!(error instanceof ApiError) || error.status !== 401) throw error;
          this.#accessToken = null;
          const end: SessionEnd = {
            reason: error.problem.type.endsWith(":session-revoked") ? "revoked" : "ended",
            detail: error.problem.detail,
          };
          for (const listener of this.#sessionLostListeners) listener(end);
          return false;
        },
      )
      .finally(() => {
        this.#refreshing = null;
      });
    return this.#refreshing;
  }

  /** A 429 (or an outage) on refresh is not a sign-out: wait as told, then try again. */
  async #refreshWithRetries(): Promise<{ accessToken: string }> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.request(REFRESH_PATH, ZAccessTokenResponseSchema, { method: "POST", auth: false });
      } catch (error) {
        const wait = error instanceof ApiError ? (error.retryAfterSeconds ?? 1) : 0;
        if (!isTransient(error) || attempt >= this.#retry.attempts || wait > this.#retry.maxWaitSeconds) throw error;
        await this.#retry.sleep(Math.max(wait, 1) * 1000);
      }
    }
  }

  async #send(path: string, { method = "GET", body, headers: extra }: RequestOptions, auth: boolean): Promise<Response> {
    const headers: Record<string, string> = { accept: "application/json", ...extra };
    // A file upload goes as multipart (the browser sets the boundary); everything else as JSON.
    const multipart = body instanceof FormData;
    if (body !== undefined && !multipart) headers["content-type"] = "application/json";
    if (auth && this.#accessToken) headers.authorization = `Bearer ${this.#accessToken}`;
    try {
      return await this.#fetch(`${this.#baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
        credentials: "same-origin",
      });
    } catch {
      throw new ApiError(syntheticProblem(0, "Could not reach Traction. Check your connection and try again."));
    }
  }

  async #read<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
    const text = await response.text();
    const json = parseJson(text);
    if (!response.ok) throw problemOf(response, json);
    return schema.parse(json);
  }
}

function problemOf(response: Response, json: unknown): ApiError {
  const { status } = response;
  const problem = ZProblemSchema.safeParse(json);
  const retryAfter = Number(response.headers.get("retry-after") ?? Number.NaN);
  return new ApiError(
    problem.success ? problem.data : syntheticProblem(status, `Traction could not answer (${status}). Try again shortly.`),
    Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : undefined,
  );
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
