/**
 * Coded errors that services throw. The error handler turns each into an
 * RFC 9457 problem document; nothing else decides a status code.
 */
export interface FieldError {
  path: string;
  message: string;
}

export type ErrorCode =
  | "VALIDATION_FAILED"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PRECONDITION_FAILED"
  | "RATE_LIMITED"
  | "SERVICE_UNAVAILABLE"
  // A refresh that cannot continue the session: it expired (or is unknown), or it was signed out.
  | "SESSION_ENDED"
  | "SESSION_REVOKED";

const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  SESSION_ENDED: 401,
  SESSION_REVOKED: 401,
};

export class AppError extends Error {
  override name = "AppError";
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldError[],
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export const notFound = (what = "Resource") => new AppError("NOT_FOUND", `${what} not found`);
export const unauthorized = (message = "Missing or invalid credentials") => new AppError("UNAUTHORIZED", message);
/** The refresh cookie is missing, unknown or expired: the session is over. */
export const sessionEnded = (message = "Your session ended; sign in again") => new AppError("SESSION_ENDED", message);
/** The refresh cookie's session was signed out (elsewhere, or because its token was used twice). */
export const sessionRevoked = (message: string) => new AppError("SESSION_REVOKED", message);
export const forbidden = (message = "Your role may not do this") => new AppError("FORBIDDEN", message);
export const conflict = (message: string) => new AppError("CONFLICT", message);
/** `If-Match` named a version the object no longer has: nothing was changed. */
export const preconditionFailed = (what = "Resource") =>
  new AppError("PRECONDITION_FAILED", `${what} changed since you read it (If-Match does not match its ETag); read it again`);
export const invalid = (fieldErrors: FieldError[], message = "The request is invalid") =>
  new AppError("VALIDATION_FAILED", message, fieldErrors);
