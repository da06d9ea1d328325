/**
 * The rules a new password must meet beyond its length (lib/passwords.ts),
 * as a 400 naming `password` with the reason: for routes that learn the
 * account only once the request is under way (a reset link).
 */
import { invalid } from "../../../../lib/errors.ts";
import { passwordProblem } from "../../../../lib/passwords.ts";

export function checkNewPassword(password: string, owner: { email: string; name: string }): void {
  const problem = passwordProblem(password, owner);
  if (problem) throw invalid([{ path: "password", message: problem }]);
}
