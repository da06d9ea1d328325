/** Account settings: `PATCH /me` (name, time zone) and `POST /me/password`. */
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, ZPasswordSchema } from "./auth.ts";
import { ZTimeZoneSchema } from "./time-zone.ts";

export const NAME_MAX_LENGTH = 120;

export const ZUpdateMeSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, { message: "Enter your name" })
    .max(NAME_MAX_LENGTH, { message: `At most ${NAME_MAX_LENGTH} characters` })
    .optional(),
  timezone: ZTimeZoneSchema.optional(),
});
export type TUpdateMe = z.input<typeof ZUpdateMeSchema>;

export const ZChangePasswordSchema = z.strictObject({
  currentPassword: z
    .string()
    .min(1, { message: "Enter your current password" })
    .max(PASSWORD_MAX_LENGTH, { message: `At most ${PASSWORD_MAX_LENGTH} characters` }),
  newPassword: ZPasswordSchema,
});
export type TChangePassword = z.input<typeof ZChangePasswordSchema>;
