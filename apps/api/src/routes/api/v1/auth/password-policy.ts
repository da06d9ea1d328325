/**
 * The rules a new password must meet beyond its length, shared by every route
 * that sets one: a 400 naming `password` with the reason.
 */
import { invalid } from "../../../../lib/errors.ts";

export function checkNewPassword(password: string, owner: { email: string; name: string }): void {
  const lower = password.trim().toLowerCase();
  const personal = [owner.email, owner.email.split("@")[0] ?? "", owner.name].map((value) => value.trim().toLowerCase());
  if (personal.some((value) => value.length >= 3 && lower === value)) {
    throw invalid([{ path: "password", message: "Must not be your email or your name" }]);
  }
}
