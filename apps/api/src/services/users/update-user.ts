import type { Database } from "@traction/db";
import type { TUpdateMe } from "@traction/schemas";
import { conflict } from "../../lib/errors.ts";
import { sendVerificationEmail } from "../auth/send-verification-email.ts";
import { enqueueEmail } from "../email/enqueue-email.ts";
import { emailChangedEmail } from "../email/templates.ts";
import { USER_VIEW, type UserView } from "./user-view.ts";

/**
 * `PATCH /me`: the fields given (name, time zone); the others stay. A new
 * email is not used until it is proven: a confirmation link goes to it and the
 * current address is told, both with this change; `POST /auth/verify-email`
 * then switches the account over. Returns whether mail was queued.
 */
export async function updateUser(
  db: Database,
  userId: string,
  changes: TUpdateMe,
  publicUrl: string,
): Promise<{ user: UserView; mailQueued: boolean }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: {
        ...(changes.name === undefined ? {} : { name: changes.name }),
        ...(changes.timezone === undefined ? {} : { timezone: changes.timezone }),
      },
      select: USER_VIEW,
    });
    const email = changes.email;
    if (email === undefined || email === user.email) return { user, mailQueued: false };
    const taken = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (taken) throw conflict("Another account uses this email address");
    await sendVerificationEmail(tx, user, email, publicUrl);
    await enqueueEmail(tx, {
      userId,
      kind: "EMAIL_CHANGED",
      to: user.email,
      rendered: emailChangedEmail({ name: user.name, newEmail: email }),
    });
    return { user, mailQueued: true };
  });
}
