/**
 * A real SMTP server in the test process (smtp-server), keeping every message
 * it receives parsed (mailparser), so tests read what Traction really sent.
 */
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll } from "vitest";
import { useTestApp, type TestContext } from "./app.ts";

export interface TestSmtp {
  url: string;
  messages: ParsedMail[];
  /** Waits for a message to `to` (optionally matching), returns it. */
  waitFor(to: string, match?: (mail: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  /** Refuse the next `count` messages to `to` with a temporary error (451). */
  failNext(to: string, count: number): void;
  close(): Promise<void>;
}

const recipients = (mail: ParsedMail) =>
  [mail.to ?? []].flat().flatMap((address) => address.value.map((entry) => entry.address?.toLowerCase() ?? ""));

export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  const failures = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo
        .map((rcpt) => rcpt.address.toLowerCase())
        .find((address) => (failures.get(address) ?? 0) > 0);
      if (to) {
        failures.set(to, (failures.get(to) ?? 1) - 1);
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("Try again later"), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(to, match = () => true, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find((mail) => recipients(mail).includes(to.toLowerCase()) && match(mail));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no email to ${to} within ${timeoutMs} ms (got ${messages.length} others)`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    failNext(to, count) {
      failures.set(to.toLowerCase(), count);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a message's text part that contains `path`. */
export function linkIn(mail: ParsedMail, path: string): URL {
  const match = (mail.text ?? "").match(new RegExp(`https?://\\S*${path.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\S*`));
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  return new URL(match[0]);
}

/**
 * A test app whose mail worker sends to a test SMTP server started before it
 * (PUBLIC_URL `https://traction.example`); both close after the file.
 */
export function useMailingTestApp(overrides: Record<string, string> = {}): { context: TestContext; smtp: () => TestSmtp } {
  let smtp: TestSmtp | undefined;
  const config: Record<string, string> = { MAIL_WORKER: "on", PUBLIC_URL: "https://traction.example", ...overrides };
  beforeAll(async () => {
    smtp = await startTestSmtp();
    config.SMTP_URL = smtp.url;
  });
  const context = useTestApp(config);
  afterAll(async () => {
    await smtp?.close();
  });
  return {
    context,
    smtp: () => {
      if (!smtp) throw new Error("the test SMTP server is not started yet");
      return smtp;
    },
  };
}
