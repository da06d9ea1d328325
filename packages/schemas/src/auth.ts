import { z } from "zod";
import { text } from "./text.ts";
import { ZIdSchema, ZTimestampSchema } from "./common.ts";

export const ROLES = ["JOBSEEKER", "COACH"] as const;
export const ZRoleSchema = z.enum(ROLES);
export type TRole = z.infer<typeof ZRoleSchema>;

export const ZEmailSchema = z
  .email()
  .max(254)
  .transform((email) => email.trim().toLowerCase());

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
export const ZPasswordSchema = text().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const ZRegisterRequestSchema = z.strictObject({
  email: ZEmailSchema,
  password: ZPasswordSchema,
  name: text().trim().min(1).max(120),
  role: ZRoleSchema,
});
export type TRegisterRequest = z.input<typeof ZRegisterRequestSchema>;

export const ZLoginRequestSchema = z.strictObject({
  email: ZEmailSchema,
  // No length rules on login: a wrong password is a 401, not a hint about the rules.
  password: text().min(1).max(PASSWORD_MAX_LENGTH),
});
export type TLoginRequest = z.input<typeof ZLoginRequestSchema>;

export const ZUserSchema = z
  .object({
    id: ZIdSchema,
    email: text(),
    name: text(),
    role: ZRoleSchema,
    createdAt: ZTimestampSchema,
    timezone: text().meta({
      description:
        "IANA time zone (default `UTC`): the user's today and weeks (starting Monday) follow it (`PATCH /me` changes it).",
    }),
  })
  .meta({ id: "User" });
export type TUser = z.infer<typeof ZUserSchema>;

export const ZAuthResponseSchema = z.object({ user: ZUserSchema, accessToken: text() });
export type TAuthResponse = z.infer<typeof ZAuthResponseSchema>;

export const ZAccessTokenResponseSchema = z.object({ accessToken: text() });
export type TAccessTokenResponse = z.infer<typeof ZAccessTokenResponseSchema>;
