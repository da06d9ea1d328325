import { z } from "zod";
import { ZIdSchema, ZTimestampSchema } from "./common.ts";

export const ROLES = ["JOBSEEKER", "COACH"] as const;
export const ZRoleSchema = z.enum(ROLES);
export type TRole = z.infer<typeof ZRoleSchema>;

const ZEmailSchema = z
  .email({ message: "must be an email address" })
  .max(254)
  .transform((email) => email.trim().toLowerCase());

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
export const ZPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(PASSWORD_MAX_LENGTH, { message: `must be at most ${PASSWORD_MAX_LENGTH} characters` });

export const ZRegisterRequestSchema = z.strictObject({
  email: ZEmailSchema,
  password: ZPasswordSchema,
  name: z.string().trim().min(1, { message: "is required" }).max(120),
  role: ZRoleSchema,
});
export type TRegisterRequest = z.input<typeof ZRegisterRequestSchema>;

export const ZLoginRequestSchema = z.strictObject({
  email: ZEmailSchema,
  // No length rules on login: a wrong password is a 401, not a hint about the rules.
  password: z.string().min(1, { message: "is required" }).max(PASSWORD_MAX_LENGTH),
});
export type TLoginRequest = z.input<typeof ZLoginRequestSchema>;

export const ZUserSchema = z
  .object({
    id: ZIdSchema,
    email: z.string(),
    name: z.string(),
    role: ZRoleSchema,
    timezone: z.string().meta({ description: "IANA time zone; weeks start on Monday there (`PATCH /me` changes it)." }),
    createdAt: ZTimestampSchema,
  })
  .meta({ id: "User" });
export type TUser = z.infer<typeof ZUserSchema>;

export const ZAuthResponseSchema = z.object({ user: ZUserSchema, accessToken: z.string() });
export type TAuthResponse = z.infer<typeof ZAuthResponseSchema>;

export const ZAccessTokenResponseSchema = z.object({ accessToken: z.string() });
export type TAccessTokenResponse = z.infer<typeof ZAccessTokenResponseSchema>;
