/** Reads the e2e run's local mail inbox (started by the global setup). */
import { expect } from "@playwright/test";

interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
}

export async function waitForMail(to: string, subject: string): Promise<CaughtMail> {
  const inbox = process.env.E2E_INBOX_URL;
  if (!inbox) throw new Error("E2E_INBOX_URL is not set: the global setup starts the inbox");
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const messages = (await (await fetch(`${inbox}/api/messages`)).json()) as CaughtMail[];
        found = messages.find((mail) => mail.to.includes(to.toLowerCase()) && mail.subject === subject);
        return found !== undefined;
      },
      { timeout: 15_000, message: `an email "${subject}" to ${to}` },
    )
    .toBe(true);
  return found!;
}

export function linkIn(mail: CaughtMail, path: string): string {
  const match = mail.text.match(new RegExp(`https?://\\S*${path}\\S*`));
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  return match[0];
}
