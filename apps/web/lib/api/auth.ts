/** Registration, sign-in and the signed-in account: typed calls on top of `ApiClient`. */
import {
  ZAcceptedSchema,
  ZAuthResponseSchema,
  type TPasswordResetConfirm,
  type TPasswordResetRequest,
  ZUserSchema,
  type TAuthResponse,
  type TUser,
  type ZLoginRequestSchema,
  type ZRegisterRequestSchema,
} from "@traction/schemas";
import { z } from "zod";
import type { ApiClient } from "./client.ts";

export type TRegisterInput = z.output<typeof ZRegisterRequestSchema>;
export type TLoginInput = z.output<typeof ZLoginRequestSchema>;

export function register(api: ApiClient, input: TRegisterInput): Promise<TAuthResponse> {
  return api.request("/api/v1/auth/register", ZAuthResponseSchema, { method: "POST", body: input, auth: false });
}

export function login(api: ApiClient, input: TLoginInput): Promise<TAuthResponse> {
  return api.request("/api/v1/auth/login", ZAuthResponseSchema, { method: "POST", body: input, auth: false });
}

export async function logout(api: ApiClient): Promise<void> {
  await api.request("/api/v1/auth/logout", z.undefined(), { method: "POST", auth: false });
}

export function getMe(api: ApiClient): Promise<TUser> {
  return api.request("/api/v1/me", ZUserSchema);
}

export function requestPasswordReset(api: ApiClient, input: TPasswordResetRequest): Promise<{ detail: string }> {
  return api.request("/api/v1/auth/password-reset", ZAcceptedSchema, { method: "POST", body: input, auth: false });
}

export async function confirmPasswordReset(api: ApiClient, input: TPasswordResetConfirm): Promise<void> {
  await api.request("/api/v1/auth/password-reset/confirm", z.undefined(), { method: "POST", body: input, auth: false });
}

export async function verifyEmail(api: ApiClient, token: string): Promise<void> {
  await api.request("/api/v1/auth/verify-email", z.undefined(), { method: "POST", body: { token }, auth: false });
}
