/**
 * A local mail catcher for `pnpm start` without SMTP_URL, and for the browser
 * tests: an SMTP server that keeps every message in memory, and a small web
 * inbox to read them (`/`, one message at `/messages/<id>`, JSON at
 * `/api/messages`). Nothing leaves the machine.
 */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CaughtMail {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
}

export interface DevInbox {
  smtpUrl: string;
  inboxUrl: string;
  messages: CaughtMail[];
  close(): Promise<void>;
}

const KEEP = 500;
const HOST = "127.0.0.1";

const escapeHtml = (value: string) =>
  value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

function listPage(messages: CaughtMail[]): string {
  const rows = messages
    .map(
      (mail) =>
        `<tr><td>${escapeHtml(new Date(mail.receivedAt).toLocaleString("en-GB"))}</td><td>${escapeHtml(mail.to.join(", "))}</td><td><a href="/messages/${mail.id}">${escapeHtml(mail.subject || "(no subject)")}</a></td></tr>`,
    )
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="5"><title>Traction mail inbox</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#0f172a}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #e2e8f0}</style></head>
<body><h1>Traction mail inbox</h1><p>Every email Traction sent since <code>pnpm start</code> (newest first; nothing leaves this machine).</p>
<table><thead><tr><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows || '<tr><td colspan="3">No email yet.</td></tr>'}</tbody></table></body></html>`;
}

export async function startDevInbox(options: { smtpPort: number; httpPort: number }): Promise<DevInbox> {
  const messages: CaughtMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const addresses = [parsed.to ?? []].flat().flatMap((to) => to.value.map((entry) => entry.address ?? ""));
          const headers: Record<string, string> = {};
          for (const [name, value] of parsed.headers) if (typeof value === "string") headers[name] = value;
          messages.unshift({
            id: randomUUID(),
            receivedAt: new Date().toISOString(),
            from: parsed.from?.text ?? "",
            to: addresses,
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : null,
            headers,
          });
          messages.length = Math.min(messages.length, KEEP);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.server.once("error", reject);
    smtp.listen(options.smtpPort, HOST, () => resolve());
  });

  const http: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", `http://${HOST}`);
    if (url.pathname === "/api/messages") {
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(messages));
      return;
    }
    const match = /^\/messages\/([0-9a-f-]{36})$/.exec(url.pathname);
    if (match) {
      const mail = messages.find((candidate) => candidate.id === match[1]);
      if (!mail) {
        response.writeHead(404, { "content-type": "text/plain" }).end("No such message");
        return;
      }
      // The email's own HTML, sandboxed: no scripts, no forms.
      response
        .writeHead(200, {
          "content-type": "text/html; charset=utf-8",
          "content-security-policy": "sandbox allow-popups; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
        })
        .end(mail.html ?? `<pre>${escapeHtml(mail.text)}</pre>`);
      return;
    }
    if (url.pathname === "/") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(listPage(messages));
      return;
    }
    response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
  });
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.httpPort, HOST, () => resolve());
  });
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const httpPort = (http.address() as AddressInfo).port;
  return {
    smtpUrl: `smtp://${HOST}:${smtpPort}`,
    inboxUrl: `http://${HOST}:${httpPort}`,
    messages,
    close: async () => {
      await Promise.all([
        new Promise<void>((resolve) => smtp.close(() => resolve())),
        new Promise<void>((resolve) => http.close(() => resolve())),
      ]);
    },
  };
}
