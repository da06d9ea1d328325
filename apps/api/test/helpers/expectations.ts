/** Assertions that every record resource's tests make the same way. */
import type { FastifyInstance } from "fastify";
import request from "supertest";
import { expect } from "vitest";
import { errorPaths } from "./records.ts";
import type { TestUser } from "./users.ts";

/** POSTs `body` to `path`: a 400 naming exactly `fields`, and `count()` (the rows it could write) unchanged. */
export async function expectRejectedCreate(
  app: FastifyInstance,
  user: TestUser,
  path: string,
  body: object,
  fields: string[],
  count: () => Promise<unknown>,
): Promise<void> {
  const before = await count();
  const response = await request(app.server).post(path).set(user.auth).send(body).expect(400);
  expect(errorPaths(response)).toEqual(fields);
  expect(await count()).toEqual(before);
}

/**
 * The rest of a record's life after its create: it reads back as created, a
 * partial update changes only what it names, and after a delete it is gone.
 */
export async function expectReadPatchDelete(
  app: FastifyInstance,
  user: TestUser,
  path: string,
  created: { id: string },
  patch: object,
): Promise<void> {
  const api = () => request(app.server);
  const url = `${path}/${created.id}`;
  await api().get(url).set(user.auth).expect(200, created);
  const updated = await api().patch(url).set(user.auth).send(patch).expect(200);
  expect(updated.body).toEqual({ ...created, ...patch, updatedAt: expect.any(String) });
  await api().get(url).set(user.auth).expect(200, updated.body);
  await api().delete(url).set(user.auth).expect(204);
  await api().get(url).set(user.auth).expect(404);
  await api().delete(url).set(user.auth).expect(404);
}
