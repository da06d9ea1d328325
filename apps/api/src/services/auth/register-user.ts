import type { Database } from "@traction/db";
import type { TRole } from "@traction/schemas";
import { conflict, invalid } from "../../lib/errors.ts";
import { hashPassword, passwordProblem } from "../../lib/passwords.ts";
import { isUniqueViolation } from "../../lib/prisma-errors.ts";
import { USER_VIEW, type UserView } from "../users/user-view.ts";
import { sendVerificationEmail } from "./send-verification-email.ts";

export interface RegisterUserInput {
  email: string;
  password: string;
  name: string;
  role: TRole;
}

/** Creates the account and, in the same transaction, the email asking to confirm its address. */
export async function registerUser(db: Database, input: RegisterUserInput, publicUrl: string): Promise<UserView> {
  const problem = passwordProblem(input.password, input);
  if (problem) throw invalid([{ path: "password", message: problem }]);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, passwordHash, name: input.name, role: input.role },
        select: USER_VIEW,
      });
      // A new account's time zone is the default until they choose one.
      await sendVerificationEmail(tx, { id: user.id, name: user.name, timezone: "UTC" }, user.email, publicUrl);
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("An account with this email already exists");
    throw error;
  }
}
