import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-errors.ts";

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a client whose connection failed", new Error("Client has encountered a connection error and is not queryable")],
    ["a client the pool ended", new Error("Client was closed and is not queryable")],
    ["a dropped connection", new Error("Connection terminated unexpectedly")],
    ["a connect timeout", new Error("Connection terminated due to connection timeout")],
    ["ECONNRESET", Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" })],
    ["57P01 admin shutdown", Object.assign(new Error("terminating connection"), { code: "57P01" })],
    ["57P02 crash shutdown", Object.assign(new Error("crash"), { code: "57P02" })],
    ["57P03 starting up", Object.assign(new Error("not yet accepting connections"), { code: "57P03" })],
    ["08P01 protocol violation", Object.assign(new Error("x"), { code: "08P01" })],
    ["08004 rejected connection", Object.assign(new Error("x"), { code: "08004" })],
    ["a Prisma wrapper around the adapter's error", { meta: { driverAdapterError: { cause: { originalCode: "57P01" } } } }],
    [
      "a chain of causes",
      new Error("query failed", { cause: new Error("Client has encountered a connection error and is not queryable") }),
    ],
  ])("recognises %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", Object.assign(new Error("duplicate key"), { code: "23505" })],
    ["a syntax error", Object.assign(new Error("syntax error"), { code: "42601" })],
    ["a plain bug", new TypeError("x is undefined")],
    ["nothing", undefined],
  ])("does not mistake %s for an outage", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
