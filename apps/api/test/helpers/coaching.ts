/** Coach ↔ client fixtures, made through the API as the users would. */
import type { FastifyInstance } from "fastify";
import request from "supertest";
import { post } from "./records.ts";
import type { TestUser } from "./users.ts";

export async function inviteCode(app: FastifyInstance, client: TestUser): Promise<string> {
  return (await post(app, client, "/api/v1/coach-invites", {})).code as string;
}

/** Links `coach` to `client` by an invite code; returns the link id. */
export async function linkCoach(app: FastifyInstance, client: TestUser, coach: TestUser): Promise<string> {
  const code = await inviteCode(app, client);
  return (await post(app, coach, "/api/v1/coach/links", { code })).id;
}

/** The client revokes the link. */
export async function revokeLink(app: FastifyInstance, client: TestUser, linkId: string): Promise<void> {
  await request(app.server).delete(`/api/v1/coaches/${linkId}`).set(client.auth).expect(204);
}
