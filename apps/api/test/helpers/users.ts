import { randomUUID } from "node:crypto";
import type { TRole, TUser } from "@traction/schemas";
import type { FastifyInstance } from "fastify";
import request from "supertest";

export interface TestUser {
  user: TUser;
  token: string;
  /** The `traction_refresh=...` cookie pair, ready for a Cookie header. */
  refreshCookie: string;
  password: string;
  auth: { Authorization: string };
}

export function uniqueEmail(label = "user"): string {
  return `${label}-${randomUUID()}@example.test`;
}

export function refreshCookieOf(setCookie: string[] | string | undefined): string {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const cookie = cookies.find((value) => value.startsWith("traction_refresh="));
  if (!cookie) throw new Error("no refresh cookie in response");
  return cookie.split(";")[0]!;
}

/** Registers a fresh account through the API, as a real client would. */
export async function signUp(app: FastifyInstance, role: TRole = "JOBSEEKER", name = "Test User"): Promise<TestUser> {
  const password = "correct horse battery";
  const response = await request(app.server)
    .post("/api/v1/auth/register")
    .send({ email: uniqueEmail(role.toLowerCase()), password, name, role })
    .expect(201);
  const token: string = response.body.accessToken;
  return {
    user: response.body.user,
    token,
    password,
    refreshCookie: refreshCookieOf(response.headers["set-cookie"]),
    auth: { Authorization: `Bearer ${token}` },
  };
}
