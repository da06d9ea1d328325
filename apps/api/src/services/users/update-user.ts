import type { Database } from "@traction/db";
import type { TUpdateMe } from "@traction/schemas";
import { USER_VIEW, type UserView } from "./user-view.ts";

/** `PATCH /me`: the fields given (name, time zone); the others stay. */
export async function updateUser(db: Database, userId: string, changes: TUpdateMe): Promise<UserView> {
  return db.user.update({
    where: { id: userId },
    data: {
      ...(changes.name === undefined ? {} : { name: changes.name }),
      ...(changes.timezone === undefined ? {} : { timezone: changes.timezone }),
    },
    select: USER_VIEW,
  });
}
