import type { TUser } from "@traction/schemas";

/** The columns of a user that may leave the API; never the password hash. */
export const USER_VIEW = { id: true, email: true, name: true, role: true, timezone: true, createdAt: true } as const;

export type UserView = TUser;
