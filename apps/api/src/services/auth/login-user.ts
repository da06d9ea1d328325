import type { Database } from "@traction/db";
import { unauthorized } from "../../lib/errors.ts";
import { verifyPassword } from "../../lib/passwords.ts";
import type { UserView } from "../users/user-view.ts";

/** One answer for an unknown email and a wrong password, in similar time. */
export async function loginUser(db: Database, email: string, password: string): Promise<UserView> {
  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok) throw unauthorized("Email or password is incorrect");
  return { id: user.id, email: user.email, name: user.name, role: user.role, timezone: user.timezone, createdAt: user.createdAt };
}
