import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startDevInbox, type DevInbox } from "./dev-inbox.ts";

describe("the local mail inbox", () => {
  let inbox: DevInbox;
  beforeAll(async () => {
    inbox = await startDevInbox({ smtpPort: 0, httpPort: 0 });
  });
  afterAll(async () => {
    await inbox.close();
  });

  test("catches what is sent over SMTP and shows it on its web page and as JSON", async () => {
    const transport = nodemailer.createTransport(inbox.smtpUrl);
    await transport.sendMail({
      from: "Traction <no-reply@traction.local>",
      to: "dana@example.test",
      subject: "Reset your <Traction> password",
      text: "Hello Dana",
      html: "<p>Hello <b>Dana</b></p>",
    });
    transport.close();

    const messages = (await (await fetch(`${inbox.inboxUrl}/api/messages`)).json()) as Array<{
      id: string;
      to: string[];
      subject: string;
    }>;
    expect(messages).toEqual([expect.objectContaining({ to: ["dana@example.test"], subject: "Reset your <Traction> password" })]);
    const page = await (await fetch(inbox.inboxUrl)).text();
    expect(page).toContain("Reset your &lt;Traction&gt; password");
    const message = await fetch(`${inbox.inboxUrl}/messages/${messages[0]!.id}`);
    expect(message.headers.get("content-security-policy")).toContain("sandbox");
    expect(await message.text()).toContain("<b>Dana</b>");
  });
});
