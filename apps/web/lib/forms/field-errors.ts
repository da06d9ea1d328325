/**
 * Field errors from either side of the wire in one shape: zod issues from the
 * client-side parse, or the `errors` of an API problem document. Both carry a
 * dotted path and a message written to follow the field's label
 * ("Password" + "must be at least 10 characters").
 */
import type { TProblem } from "@traction/schemas";
import type { z } from "zod";

export type FieldErrors = Partial<Record<string, string>>;

export interface FormErrors {
  fields: FieldErrors;
  /** What belongs to no field of this form: a wrong password, a taken email, a rate limit. */
  form: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, form: null };

/** The first message for each field, by dotted path (the messages come from the shared error map in @traction/schemas). */
export function fromZodError(error: z.ZodError): FormErrors {
  return collect(
    error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })),
    null,
  );
}

/** Field errors this form can show next to a field; the rest, and the detail when there are none, for the form. */
export function fromProblem(problem: TProblem, fieldNames: readonly string[]): FormErrors {
  const errors = problem.errors ?? [];
  const known = errors.filter((error) => fieldNames.includes(error.path));
  const unknown = errors.filter((error) => !fieldNames.includes(error.path));
  const form =
    known.length === 0 || unknown.length > 0
      ? [problem.detail, ...unknown.map((error) => `${error.path} ${error.message}`)].join(". ")
      : null;
  return collect(known, form);
}

function collect(errors: Array<{ path: string; message: string }>, form: string | null): FormErrors {
  const fields: FieldErrors = {};
  for (const { path, message } of errors) fields[path] ??= message;
  return { fields, form };
}

/** "must be an email address" reads after the label; zod's own capitalised messages stand alone. */
export function describeError(label: string, message: string): string {
  return /^[a-z]/.test(message) ? `${label} ${message}` : message;
}
