/**
 * Runs before every page: a fresh CSP nonce and the security headers
 * (lib/security-headers.ts). Next.js reads the nonce from the request's
 * `Content-Security-Policy` and puts it on its own scripts and styles, so every
 * page renders dynamically (the root layout reads the request headers).
 * `/api` is the API's (it sends helmet's headers); static files need no CSP.
 */
import { NextResponse, type NextRequest } from "next/server";
import { newNonce, securityHeaders } from "./lib/security-headers.ts";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const headers = securityHeaders({
    nonce,
    development: process.env.NODE_ENV === "development",
    production: process.env.NODE_ENV === "production",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!api/|_next/static|_next/image).*)" }],
};
