import type { Database, Prisma } from "@traction/db";
import type { TRole } from "@traction/schemas";
import { conflict, invalid } from "../../lib/errors.ts";
import { hashPassword, passwordProblem, verifyPassword } from "../../lib/passwords.ts";
import { isUniqueViolation } from "../../lib/prisma-errors.ts";
import { IDEMPOTENCY_TTL_MS, requestHash } from "../records/idempotency.ts";
import { USER_VIEW, type UserView } from "../users/user-view.ts";
import { sendVerificationEmail } from "./send-verification-email.ts";

export interface RegisterUserInput {
  email: string;
  password: string;
  name: string;
  role: TRole;
}

/**
 * What identifies a registration for `Idempotency-Key`: the request without its password, which is
 * checked against the account instead (so the stored hash never holds one).
 */
const registrationHash = ({ password: _password, ...rest }: RegisterUserInput) =>
  requestHash("POST", "/api/v1/auth/register", rest);

/**
 * A registration sent again with the same `Idempotency-Key` within 24 h: the account it made, when
 * the request is the same (password included); `undefined` when the key is not that account's.
 * The same key with a different request is a 409.
 */
async function replayedRegistration(db: Database, input: RegisterUserInput, key: string): Promise<UserView | undefined> {
  const user = await db.user.findUnique({ where: { email: input.email }, select: { ...USER_VIEW, passwordHash: true } });
  if (!user) return undefined;
  const seen = await db.idempotencyKey.findUnique({ where: { ownerId_key: { ownerId: user.id, key } } });
  if (!seen || seen.createdAt.getTime() < Date.now() - IDEMPOTENCY_TTL_MS) return undefined;
  if (seen.requestHash !== registrationHash(input) || !(await verifyPassword(user.passwordHash, input.password))) {
    throw conflict("This Idempotency-Key was used with a different request");
  }
  const { passwordHash: _hash, ...view } = user;
  return view;
}

/**
 * Creates the account and, in the same transaction, the email asking to confirm its address.
 * With an `Idempotency-Key`, the key is stored under the new account; the same registration sent
 * again answers with that account (`replayed`) instead of "email taken".
 */
export async function registerUser(
  db: Database,
  input: RegisterUserInput,
  publicUrl: string,
  idempotencyKey?: string,
): Promise<{ user: UserView; replayed: boolean }> {
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
      if (idempotencyKey !== undefined) {
        const stored = { statusCode: 201, responseBody: { userId: user.id } satisfies Prisma.InputJsonValue };
        await tx.idempotencyKey.create({
          data: { ownerId: user.id, key: idempotencyKey, requestHash: registrationHash(input), ...stored },
        });
      }
      return { user, replayed: false };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const replayed = idempotencyKey === undefined ? undefined : await replayedRegistration(db, input, idempotencyKey);
    if (replayed) return { user: replayed, replayed: true };
    throw conflict("An account with this email already exists");
  }
}
