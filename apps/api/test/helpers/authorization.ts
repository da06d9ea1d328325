/**
 * The authorization matrix of a record resource, as `test.each` rows: every
 * route × every kind of caller, including the owner's API keys (a `read` key
 * reads like the owner and gets 403 on writes; a `write` key acts as the
 * owner). A resource's `*.security.test.ts` calls `recordAuthorizationMatrix(...)`
 * with a way to make one record as its owner.
 */
import type { FastifyInstance } from "fastify";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { makeApiKey, type TestApiKey } from "./api-keys.ts";
import type { TestContext } from "./app.ts";
import { signUp, type TestUser } from "./users.ts";

export type Actor = "owner" | "otherJobseeker" | "coach" | "noToken" | "garbageToken";

export interface Actors {
  owner: TestUser;
  otherJobseeker: TestUser;
  coach: TestUser;
}

export async function makeActors(app: FastifyInstance): Promise<Actors> {
  const [owner, otherJobseeker, coach] = await Promise.all([
    signUp(app, "JOBSEEKER", "Owner"),
    signUp(app, "JOBSEEKER", "Other Jobseeker"),
    signUp(app, "COACH", "Some Coach"),
  ]);
  return { owner, otherJobseeker, coach };
}

export function headersFor(actor: Actor, actors: Actors): Record<string, string> {
  switch (actor) {
    case "noToken":
      return {};
    case "garbageToken":
      return { Authorization: "Bearer not.a.token" };
    default:
      return actors[actor].auth;
  }
}

export interface RecordMatrixOptions {
  /** e.g. `/api/v1/venues` */
  path: string;
  /** Creates one record owned by `owner` (through the API) and returns its id. */
  makeRecord: (app: FastifyInstance, owner: TestUser) => Promise<string>;
  /** A valid create body for `owner` (may refer to the owner's other records). */
  createBody: (app: FastifyInstance, owner: TestUser) => Promise<object>;
  /** A valid partial update. */
  patchBody: object;
  /** Whether `createBody` refers to the owner's records (another jobseeker then gets 400, not 201). */
  createRefersToOwnerRecords: boolean;
}

/** The owner's API keys, as callers of the matrix. */
type KeyActor = "readKey" | "writeKey";
type MatrixActor = Actor | KeyActor;

const STATUS: Record<"list" | "get" | "patch" | "delete", Record<MatrixActor, number>> = {
  list: { owner: 200, otherJobseeker: 200, coach: 403, noToken: 401, garbageToken: 401, readKey: 200, writeKey: 200 },
  get: { owner: 200, otherJobseeker: 404, coach: 403, noToken: 401, garbageToken: 401, readKey: 200, writeKey: 200 },
  patch: { owner: 200, otherJobseeker: 404, coach: 403, noToken: 401, garbageToken: 401, readKey: 403, writeKey: 200 },
  delete: { owner: 204, otherJobseeker: 404, coach: 403, noToken: 401, garbageToken: 401, readKey: 403, writeKey: 204 },
};
const ACTORS: MatrixActor[] = ["owner", "otherJobseeker", "coach", "noToken", "garbageToken", "readKey", "writeKey"];
/** Who sees the owner's records, and who may change them. */
const READS_AS_OWNER = new Set<MatrixActor>(["owner", "readKey", "writeKey"]);
const WRITES_AS_OWNER = new Set<MatrixActor>(["owner", "writeKey"]);

export function recordAuthorizationMatrix(ctx: TestContext, options: RecordMatrixOptions): void {
  describe(`authorization: ${options.path}`, () => {
    let actors: Actors;
    let keys: Record<KeyActor, TestApiKey>;
    beforeAll(async () => {
      actors = await makeActors(ctx.app);
      keys = {
        readKey: await makeApiKey(ctx.app, actors.owner, ["read"]),
        writeKey: await makeApiKey(ctx.app, actors.owner, ["write"]),
      };
    });
    const api = () => request(ctx.app.server);
    const headers = (actor: MatrixActor) =>
      actor === "readKey" || actor === "writeKey" ? keys[actor].auth : headersFor(actor, actors);

    it.each(ACTORS)("GET list as %s", async (actor) => {
      const id = await options.makeRecord(ctx.app, actors.owner);
      const response = await api().get(options.path).query({ limit: 100 }).set(headers(actor));
      expect(response.status).toBe(STATUS.list[actor]);
      if (response.status === 200) {
        const ids = response.body.data.map((row: { id: string }) => row.id);
        // Only the owner (or the owner's key) ever sees the owner's record in a list.
        expect(ids.includes(id)).toBe(READS_AS_OWNER.has(actor));
      }
    });

    it.each(ACTORS)("POST as %s", async (actor) => {
      const body = await options.createBody(ctx.app, actors.owner);
      const expected =
        actor === "otherJobseeker"
          ? options.createRefersToOwnerRecords
            ? 400
            : 201
          : WRITES_AS_OWNER.has(actor)
            ? 201
            : actor === "readKey"
              ? 403
              : STATUS.list[actor];
      const response = await api().post(options.path).set(headers(actor)).send(body);
      expect(response.status).toBe(expected);
    });

    it.each(ACTORS)("GET one as %s", async (actor) => {
      const id = await options.makeRecord(ctx.app, actors.owner);
      const response = await api().get(`${options.path}/${id}`).set(headers(actor));
      expect(response.status).toBe(STATUS.get[actor]);
      if (!READS_AS_OWNER.has(actor)) expect(JSON.stringify(response.body)).not.toContain(id);
    });

    it.each(ACTORS)("PATCH as %s", async (actor) => {
      const id = await options.makeRecord(ctx.app, actors.owner);
      const before = await api().get(`${options.path}/${id}`).set(actors.owner.auth).expect(200);
      const response = await api().patch(`${options.path}/${id}`).set(headers(actor)).send(options.patchBody);
      expect(response.status).toBe(STATUS.patch[actor]);
      if (!WRITES_AS_OWNER.has(actor)) {
        const after = await api().get(`${options.path}/${id}`).set(actors.owner.auth).expect(200);
        expect(after.body).toEqual(before.body);
      }
    });

    it.each(ACTORS)("DELETE as %s", async (actor) => {
      const id = await options.makeRecord(ctx.app, actors.owner);
      const response = await api().delete(`${options.path}/${id}`).set(headers(actor));
      expect(response.status).toBe(STATUS.delete[actor]);
      await api()
        .get(`${options.path}/${id}`)
        .set(actors.owner.auth)
        .expect(WRITES_AS_OWNER.has(actor) ? 404 : 200);
    });
  });
}
