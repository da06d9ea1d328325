import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./security-headers.ts";

describe("the dashboard's security headers", () => {
  it("allow scripts only with the request's nonce, and forbid framing, plugins and <base>", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123", development: false });
    expect(csp).toContain("script-src 'nonce-abc123' 'strict-dynamic';");
    expect(csp).not.toContain("unsafe-eval");
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"]) expect(csp).toContain(directive);
  });

  it("send HSTS only in production", () => {
    expect(securityHeaders({ nonce: "n", development: false, production: true })["Strict-Transport-Security"]).toMatch(
      /^max-age=/,
    );
    expect(securityHeaders({ nonce: "n", development: true, production: false })).not.toHaveProperty("Strict-Transport-Security");
  });

  it("make a new unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
