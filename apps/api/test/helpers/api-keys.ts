/** API keys made through the API, as a user would, and the header that uses one. */
import type { TApiKeyScope } from "@traction/schemas";
import type { FastifyInstance } from "fastify";
import request from "supertest";
import type { TestUser } from "./users.ts";

export interface TestApiKey {
  id: string;
  key: string;
  auth: { Authorization: string };
}

export async function makeApiKey(
  app: FastifyInstance,
  owner: TestUser,
  scopes: TApiKeyScope[],
  name = "Script",
): Promise<TestApiKey> {
  const response = await request(app.server).post("/api/v1/api-keys").set(owner.auth).send({ name, scopes });
  if (response.status !== 201) throw new Error(`POST /api/v1/api-keys → ${response.status} ${JSON.stringify(response.body)}`);
  const { id, key } = response.body as { id: string; key: string };
  return { id, key, auth: { Authorization: `Bearer ${key}` } };
}
