import { describe, expect, it } from "vitest";
import { apiKeyRefusal } from "./api-key-policy.ts";

describe("apiKeyRefusal", () => {
  it.each([
    ["GET", "/api/v1/contacts"],
    ["HEAD", "/api/v1/contacts/:id"],
    ["GET", "/api/v1/me"],
    ["GET", "/api/v1/insights"],
  ])("lets a read key %s %s", (method, url) => {
    expect(apiKeyRefusal(method, url, ["read"])).toBeNull();
  });

  it.each(["POST", "PATCH", "PUT", "DELETE"])("refuses %s to a read key", (method) => {
    expect(apiKeyRefusal(method, "/api/v1/contacts", ["read"])).toMatch(/read-only/);
  });

  it.each(["GET", "POST", "PATCH", "DELETE"])("lets a write key %s records", (method) => {
    expect(apiKeyRefusal(method, "/api/v1/contacts/:id", ["write"])).toBeNull();
  });

  it.each([
    ["GET", "/api/v1/api-keys"],
    ["POST", "/api/v1/api-keys"],
    ["DELETE", "/api/v1/api-keys/:id"],
    ["POST", "/api/v1/calendar-feed"],
    ["GET", "/api/v1/me/export"],
    ["DELETE", "/api/v1/me"],
    ["POST", "/api/v1/auth/logout"],
  ])("refuses %s %s to every key", (method, url) => {
    expect(apiKeyRefusal(method, url, ["read", "write"])).toMatch(/cannot manage/);
  });

  it.each([
    ["POST", "/api/v1/coach-invites"],
    ["POST", "/api/v1/coach/links"],
    ["DELETE", "/api/v1/coach/links/:linkId"],
    ["DELETE", "/api/v1/coaches/:linkId"],
    ["POST", "/api/v1/webhooks"],
    ["DELETE", "/api/v1/webhooks/:id"],
  ])("refuses %s %s to a write key, allows it to an admin key", (method, url) => {
    expect(apiKeyRefusal(method, url, ["read", "write"])).toMatch(/admin/);
    expect(apiKeyRefusal(method, url, ["admin"])).toBeNull();
  });

  it("lets an admin key write records and read what a read key reads", () => {
    expect(apiKeyRefusal("POST", "/api/v1/contacts", ["admin"])).toBeNull();
    expect(apiKeyRefusal("GET", "/api/v1/webhooks", ["read"])).toBeNull();
    expect(apiKeyRefusal("POST", "/api/v1/api-keys", ["admin"])).toMatch(/cannot manage/);
  });

  it("matches whole path segments only", () => {
    expect(apiKeyRefusal("GET", "/api/v1/api-keysmith", ["read"])).toBeNull();
    expect(apiKeyRefusal("GET", "/api/v1/me/exports", ["read"])).toBeNull();
  });
});
