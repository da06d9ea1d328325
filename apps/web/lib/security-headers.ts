/**
 * The dashboard's own security headers, set on every page by `proxy.ts` with a
 * fresh nonce per request: a strict CSP (scripts only with the nonce, and what
 * they load: 'strict-dynamic'), no framing, no plugins, no <base>, and the
 * usual companions. Styles: stylesheets from our origin and nonce'd <style>
 * elements; `style=""` attributes are allowed (React's style prop — Recharts
 * sizes and positions its charts with them — can run no script).
 */
export interface HeaderOptions {
  nonce: string;
  /** `next dev` needs eval for its error overlay and a websocket for reloads. */
  development: boolean;
  /** HSTS only in production (browsers ignore it over http anyway). */
  production: boolean;
}

export function contentSecurityPolicy({ nonce, development }: Omit<HeaderOptions, "production">): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": [`'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", `'nonce-${nonce}'`],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

export function securityHeaders(options: HeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.production ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** 128 random bits, base64: unguessable, fresh for every page. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
