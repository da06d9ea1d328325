/**
 * Coded errors that services throw. The error handler turns each into an
 * RFC 9457 problem document; nothing else decides a status code.
 */
export interface FieldError {
  path: string;
  message: string;
}

export type ErrorCode =
  "VALIDATION_FAILED" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE";

const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
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
export const forbidden = (message = "Your role may not do this") => new AppError("FORBIDDEN", message);
export const conflict = (message: string) => new AppError("CONFLICT", message);
export const invalid = (fieldErrors: FieldError[], message = "The request is invalid") =>
  new AppError("VALIDATION_FAILED", message, fieldErrors);
