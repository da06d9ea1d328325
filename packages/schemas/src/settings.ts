/** Account settings: `PATCH /me` (name, time zone, email) and `POST /me/password`. */
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, ZEmailSchema, ZPasswordSchema } from "./auth.ts";
import { text } from "./text.ts";
import { ZTimeZoneSchema } from "./time-zone.ts";

export const NAME_MAX_LENGTH = 120;

export const ZUpdateMeSchema = z.strictObject({
  name: text()
    .trim()
    .min(1, { message: "Enter your name" })
    .max(NAME_MAX_LENGTH, { message: `At most ${NAME_MAX_LENGTH} characters` })
    .optional(),
  timezone: ZTimeZoneSchema.optional(),
  email: ZEmailSchema.optional().meta({
    description:
      "A new address: a confirmation link goes to it (and a notice to the current one); the account signs in with it once it is confirmed.",
  }),
});
export type TUpdateMe = z.input<typeof ZUpdateMeSchema>;

export const ZChangePasswordSchema = z.strictObject({
  currentPassword: text()
    .min(1, { message: "Enter your current password" })
    .max(PASSWORD_MAX_LENGTH, { message: `At most ${PASSWORD_MAX_LENGTH} characters` }),
  newPassword: ZPasswordSchema,
});
export type TChangePassword = z.input<typeof ZChangePasswordSchema>;
