import type { FieldError } from "./errors.ts";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  409: "Conflict",
  412: "Precondition Failed",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/** `VALIDATION_FAILED` → `urn:traction:problem:validation-failed`. */
export function problemType(code: string): string {
  return `urn:traction:problem:${code.toLowerCase().replaceAll("_", "-")}`;
}

export function problem(status: number, code: string, detail: string, errors?: FieldError[]): Problem {
  return {
    type: problemType(code),
    title: TITLES[status] ?? (status >= 500 ? "Server Error" : "Client Error"),
    status,
    detail,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}
