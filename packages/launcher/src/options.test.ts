import { describe, expect, test } from "vitest";
import { LauncherError } from "./lib/errors.ts";
import { readLaunchOptions } from "./options.ts";

describe("readLaunchOptions", () => {
  test("defaults to production on ports 4000, 3000 and 5433 with the embedded database and the local inbox", () => {
    expect(readLaunchOptions([], {})).toEqual({
      mode: "production",
      apiPort: 4000,
      webPort: 3000,
      postgresPort: 5433,
      databaseUrl: undefined,
      smtpUrl: undefined,
      mailSmtpPort: 1025,
      mailInboxPort: 1080,
    });
  });

  test("--dev selects development mode; the environment overrides ports and the database", () => {
    const env = {
      API_PORT: "4100",
      WEB_PORT: "3100",
      EMBEDDED_POSTGRES_PORT: "5533",
      DATABASE_URL: "postgresql://x@127.0.0.1/y",
      SMTP_URL: "smtp://mail.example:587",
      MAIL_INBOX_PORT: "1180",
    };
    expect(readLaunchOptions(["--dev"], env)).toEqual({
      mode: "development",
      apiPort: 4100,
      webPort: 3100,
      postgresPort: 5533,
      databaseUrl: "postgresql://x@127.0.0.1/y",
      smtpUrl: "smtp://mail.example:587",
      mailSmtpPort: 1025,
      mailInboxPort: 1180,
    });
  });

  test("refuses web ports that browsers and fetch() will not open, before anything starts", () => {
    expect(() => readLaunchOptions([], { API_PORT: "4190" })).toThrow(
      new LauncherError("API_PORT=4190 is a port browsers refuse to open (reserved for another protocol); choose another"),
    );
    expect(() => readLaunchOptions([], { WEB_PORT: "6000" })).toThrow(/WEB_PORT=6000/);
    expect(readLaunchOptions([], { EMBEDDED_POSTGRES_PORT: "6000" }).postgresPort).toBe(6000);
  });

  test("an empty DATABASE_URL means the embedded database", () => {
    expect(readLaunchOptions([], { DATABASE_URL: "" }).databaseUrl).toBeUndefined();
  });

  test.each([["abc"], ["0"], ["70000"], ["4000.5"]])("rejects API_PORT=%s with a clear error", (value) => {
    expect(() => readLaunchOptions([], { API_PORT: value })).toThrow(
      new LauncherError(`API_PORT must be a port number, not "${value}"`),
    );
  });

  test("rejects unknown arguments", () => {
    expect(() => readLaunchOptions(["--prod"], {})).toThrow(/Unknown argument --prod/);
  });
});
