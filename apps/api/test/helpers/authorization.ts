/**
 * The authorization matrix of a record resource, as `test.each` rows: every
 * route × every kind of caller. A resource's `*.security.test.ts` calls
 * `recordAuthorizationMatrix(...)` with a way to make one record as its owner.
 */
import type { FastifyInstance } from "fastify";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
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

const STATUS: Record<"list" | "get" | "patch" | "delete", Record<Actor, number>> = {
  list: { owner: 200, otherJobseeker: 200, coach: 403, noToken: 401, garbageToken: 401 },
  get: { owner: 200, otherJobseeker: 404, coach: 403, noToken: 401, garbageToken: 401 },
  patch: { owner: 200, otherJobseeker: 404, coach: 403, noToken: 401, garbageToken: 401 },
  delete: { owner: 204, otherJobseeker: 404, coach: 403, noToken: 401, garbageToken: 401 },
};
const ACTORS: Actor[] = ["owner", "otherJobseeker", "coach", "noToken", "garbageToken"];

export function recordAuthorizationMatrix(ctx: TestContext, options: RecordMatrixOptions): void {
  describe(`authorization: ${options.path}`, () => {
    let actors: Actors;
    beforeAll(async () => {
      actors = await makeActors(ctx.app);
    });
    const api = () => request(ctx.app.server);

    it.each(ACTORS)("GET list as %s", async (actor) => {
      const id = await options.makeRecord(ctx.app, actors.owner);
      const response = await api().get(options.path).query({ limit: 100 }).set(headersFor(actor, actors));
      expect(response.status).toBe(STATUS.list[actor]);
      if (response.status === 200) {
        const ids = response.body.data.map((row: { id: string }) => row.id);
        // Only the owner ever sees the owner's record in a list.
        expect(ids.includes(id)).toBe(actor === "owner");
      }
    });

    it.each(ACTORS)("POST as %s", async (actor) => {
      const body = await options.createBody(ctx.app, actors.owner);
      const expected =
        actor === "otherJobseeker"
          ? options.createRefersToOwnerRecords
            ? 400
            : 201
          : actor === "owner"
            ? 201
            : STATUS.list[actor];
      const response = await api().post(options.path).set(headersFor(actor, actors)).send(body);
      expect(response.status).toBe(expected);
    });

    it.each(ACTORS)("GET one as %s", async (actor) => {
      const id = await options.makeRecord(ctx.app, actors.owner);
      const response = await api().get(`${options.path}/${id}`).set(headersFor(actor, actors));
      expect(response.status).toBe(STATUS.get[actor]);
      if (actor !== "owner") expect(JSON.stringify(response.body)).not.toContain(id);
    });

    it.each(ACTORS)("PATCH as %s", async (actor) => {
      const id = await options.makeRecord(ctx.app, actors.owner);
      const before = await api().get(`${options.path}/${id}`).set(actors.owner.auth).expect(200);
      const response = await api().patch(`${options.path}/${id}`).set(headersFor(actor, actors)).send(options.patchBody);
      expect(response.status).toBe(STATUS.patch[actor]);
      if (actor !== "owner") {
        const after = await api().get(`${options.path}/${id}`).set(actors.owner.auth).expect(200);
        expect(after.body).toEqual(before.body);
      }
    });

    it.each(ACTORS)("DELETE as %s", async (actor) => {
      const id = await options.makeRecord(ctx.app, actors.owner);
      const response = await api().delete(`${options.path}/${id}`).set(headersFor(actor, actors));
      expect(response.status).toBe(STATUS.delete[actor]);
      await api()
        .get(`${options.path}/${id}`)
        .set(actors.owner.auth)
        .expect(actor === "owner" ? 404 : 200);
    });
  });
}
