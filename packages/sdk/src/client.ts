/**
 * `createTraction({ baseUrl, apiKey })`: an openapi-fetch client over the
 * generated types (`GET`, `POST`, `PATCH`, … with typed paths, parameters and
 * bodies), authenticated by an API key, sending through `retryingFetch`, with
 * `pages`/`paginate` for every list operation.
 */
import createClient, { type Client, type ClientPathsWithMethod, type MaybeOptionalInit } from "openapi-fetch";
import type { components, paths } from "./generated/openapi.d.ts";
import { retryingFetch, type TransportOptions } from "./retry.ts";

export type Problem = components["schemas"]["Problem"];

export interface TractionOptions extends TransportOptions {
  /** Where the API answers, e.g. `https://traction.example` (paths start with `/api/v1`). */
  baseUrl: string;
  /** An API key (`trk_…`), sent as `Authorization: Bearer`. */
  apiKey: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

type GetPath = ClientPathsWithMethod<Client<paths>, "get">;
type JsonOk<P extends GetPath> = paths[P]["get"] extends {
  responses: { 200: { content: { "application/json": infer Body } } };
}
  ? Body
  : never;

/** Every path whose GET answers `{ data: [...], nextCursor }`. */
export type ListPath = {
  [P in GetPath]: JsonOk<P> extends { data: unknown[]; nextCursor: string | null } ? P : never;
}[GetPath];
/** One page of a list. */
export type Page<P extends ListPath> = Extract<JsonOk<P>, { data: unknown[]; nextCursor: string | null }>;
/** One item of a list. */
export type ListItem<P extends ListPath> = Page<P>["data"][number];
/** The GET's options (`params.path`, `params.query` but `cursor`, `headers`, `signal`, …). */
export type ListInit<P extends ListPath> = MaybeOptionalInit<paths[P], "get">;
type ListArgs<P extends ListPath> = undefined extends ListInit<P> ? [init?: ListInit<P>] : [init: ListInit<P>];

/** A failed request: the status, and the API's problem document when it sent one. */
export class TractionError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    readonly response: Response,
  ) {
    super(problem ? `${status} ${problem.title}: ${problem.detail}` : `${status} ${response.statusText}`);
    this.name = "TractionError";
  }
}

export type Traction = Client<paths> & {
  /** The list's pages, one request each, following `nextCursor` until it is null. Throws `TractionError` on a failed page. */
  pages<P extends ListPath>(path: P, ...init: ListArgs<P>): AsyncGenerator<Page<P>, void, undefined>;
  /** Every item of the list, across all its pages. */
  paginate<P extends ListPath>(path: P, ...init: ListArgs<P>): AsyncGenerator<ListItem<P>, void, undefined>;
};

export function createTraction(options: TractionOptions): Traction {
  const { baseUrl, apiKey, headers, ...transport } = options;
  const client = createClient<paths>({
    baseUrl,
    headers: { ...headers, authorization: `Bearer ${apiKey}` },
    fetch: retryingFetch(transport),
  });

  async function* pages<P extends ListPath>(path: P, ...[init]: ListArgs<P>): AsyncGenerator<Page<P>, void, undefined> {
    const options = (init ?? {}) as { params?: { query?: Record<string, unknown> } };
    let cursor: string | null | undefined;
    do {
      const query = { ...options.params?.query, ...(cursor ? { cursor } : {}) };
      // The path is one of the list paths, each of which takes these options: openapi-fetch cannot see that through the union.
      const { data, error, response } = await client.GET(
        path as "/api/v1/contacts",
        {
          ...options,
          params: { ...options.params, query },
        } as never,
      );
      if (error !== undefined || data === undefined) {
        throw new TractionError(response.status, error, response);
      }
      const page = data as unknown as Page<P>;
      yield page;
      cursor = page.nextCursor;
    } while (cursor);
  }

  async function* paginate<P extends ListPath>(path: P, ...init: ListArgs<P>): AsyncGenerator<ListItem<P>, void, undefined> {
    for await (const page of pages(path, ...init)) yield* page.data as ListItem<P>[];
  }

  return Object.assign(client, { pages, paginate });
}
