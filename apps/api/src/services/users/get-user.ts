import type { Database } from "@traction/db";
import { notFound } from "../../lib/errors.ts";
import { USER_VIEW, type UserView } from "./user-view.ts";

export async function getUser(db: Database, userId: string): Promise<UserView> {
  const user = await db.user.findUnique({ where: { id: userId }, select: USER_VIEW });
  if (!user) throw notFound("User");
  return user;
}
