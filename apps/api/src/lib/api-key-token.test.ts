import { describe, expect, it } from "vitest";
import { base62, hashApiKey, isWellFormedApiKey, looksLikeApiKey, newApiKey } from "./api-key-token.ts";

describe("API key strings", () => {
  it("are trk_ and 43 base62 characters, different every time", () => {
    const keys = Array.from({ length: 200 }, () => newApiKey().key);
    for (const key of keys) expect(key).toMatch(/^trk_[0-9A-Za-z]{43}$/);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("carry the SHA-256 of the key and a short prefix, never the key itself", () => {
    const { key, hash, prefix } = newApiKey();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashApiKey(key));
    expect(prefix).toBe(key.slice(0, 8));
    expect(hash).not.toContain(key.slice(4));
  });

  it("encode bytes in base62 with padding, including the extremes", () => {
    expect(base62(new Uint8Array(32))).toBe("0".repeat(43));
    expect(base62(Uint8Array.from([61]))).toBe(`${"0".repeat(42)}z`);
    expect(base62(Uint8Array.from([62]))).toBe(`${"0".repeat(41)}10`);
    expect(base62(new Uint8Array(32).fill(255))).toHaveLength(43);
  });

  it("are told apart from JWTs and checked for shape", () => {
    expect(looksLikeApiKey("trk_abc")).toBe(true);
    expect(looksLikeApiKey("eyJhbGciOiJIUzI1NiJ9.e30.x")).toBe(false);
    expect(isWellFormedApiKey(newApiKey().key)).toBe(true);
    expect(isWellFormedApiKey("trk_short")).toBe(false);
    expect(isWellFormedApiKey(`trk_${"a".repeat(42)}-`)).toBe(false);
  });
});
