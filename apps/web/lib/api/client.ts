/**
 * The one door to the API. It keeps the access token in memory (never in
 * storage), parses every answer with the shared zod schemas, turns errors into
 * `ApiError`s carrying the problem document, and on a 401 refreshes the access
 * token once through the httpOnly refresh cookie and retries.
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
}

export const REFRESH_PATH = "/api/v1/auth/refresh";

export class ApiClient {
  #accessToken: string | null = null;
  #refreshing: Promise<boolean> | null = null;
  readonly #sessionLostListeners = new Set<() => void>();
  readonly #baseUrl: string;
  readonly #fetch: typeof fetch;

  constructor(options: ApiClientOptions = {}) {
    this.#baseUrl = options.baseUrl ?? "";
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  setAccessToken(token: string | null): void {
    this.#accessToken = token;
  }

  /** Called when a refresh fails: the session is over and the user must sign in again. */
  onSessionLost(listener: () => void): () => void {
    this.#sessionLostListeners.add(listener);
    return () => this.#sessionLostListeners.delete(listener);
  }

  async request<S extends z.ZodType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.output<S>> {
    return this.#read(await this.#exchange(path, options), schema);
  }

  /** A file the API sends as an attachment (an export): the body as a Blob, errors as `ApiError`s. */
  async download(path: string): Promise<Blob> {
    const response = await this.#exchange(path, {});
    if (!response.ok) throw problemOf(response.status, parseJson(await response.text()));
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
    this.#refreshing ??= this.request(REFRESH_PATH, ZAccessTokenResponseSchema, { method: "POST", auth: false })
      .then(
        ({ accessToken }) => {
          this.#accessToken = accessToken;
          return true;
        },
        (error: unknown) => {
          if (!(error instanceof ApiError) || error.status !== 401) throw error;
          this.#accessToken = null;
          for (const listener of this.#sessionLostListeners) listener();
          return false;
        },
      )
      .finally(() => {
        this.#refreshing = null;
      });
    return this.#refreshing;
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
    if (!response.ok) throw problemOf(response.status, json);
    return schema.parse(json);
  }
}

function problemOf(status: number, json: unknown): ApiError {
  const problem = ZProblemSchema.safeParse(json);
  return new ApiError(
    problem.success ? problem.data : syntheticProblem(status, `Traction could not answer (${status}). Try again shortly.`),
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
