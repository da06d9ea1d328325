/**
 * Every email Traction sends, rendered to a subject, a plain-text part and an
 * HTML part from the same content, so both read the same. Values are escaped
 * for HTML; links are absolute (they start with PUBLIC_URL).
 */

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

interface Paragraph {
  text: string;
  /** A bulleted list under the paragraph. */
  items?: string[];
}
interface Action {
  label: string;
  url: string;
}
export interface Content {
  subject: string;
  greeting: string;
  paragraphs: Paragraph[];
  action?: Action;
  footer?: string[];
}

const escapeHtml = (value: string) =>
  value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");

const paragraphHtml = (paragraph: Paragraph) =>
  `<p>${escapeHtml(paragraph.text)}</p>` +
  (paragraph.items?.length
    ? `<ul style="padding-left:20px">${paragraph.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`
    : "");

export function render(content: Content): RenderedEmail {
  const text = [
    content.greeting,
    "",
    ...content.paragraphs.flatMap((paragraph) => [paragraph.text, ...(paragraph.items ?? []).map((item) => `  - ${item}`), ""]),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ""] : []),
    "— Traction",
    ...(content.footer ? ["", ...content.footer] : []),
  ].join("\n");
  const button = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#1d4ed8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(content.action.label)}</a></p>
<p style="color:#475569;font-size:13px">Or paste this address into your browser: ${escapeHtml(content.action.url)}</p>`
    : "";
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#0f172a">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:8px;padding:24px">
<p style="font-weight:700;color:#1d4ed8;margin-top:0">Traction</p>
<p>${escapeHtml(content.greeting)}</p>
${content.paragraphs.map(paragraphHtml).join("\n")}
${button}
</div>
${content.footer ? `<p style="max-width:560px;margin:16px auto;color:#64748b;font-size:12px">${content.footer.map(escapeHtml).join("<br>")}</p>` : ""}
</body></html>`;
  return { subject: content.subject, text, html };
}

/** A date and time as the recipient reads it, in their time zone. */
export function when(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(date);
}

export function passwordResetEmail(input: { name: string; url: string; expiresAt: Date; timeZone: string }): RenderedEmail {
  return render({
    subject: "Reset your Traction password",
    greeting: `Hello ${input.name},`,
    paragraphs: [
      { text: "Someone (we hope you) asked to reset the password of your Traction account." },
      {
        text: `The link works once, until ${when(input.expiresAt, input.timeZone)}. Setting a new password signs you out everywhere else.`,
      },
      { text: "If you did not ask for this, ignore this email: your password stays as it is." },
    ],
    action: { label: "Choose a new password", url: input.url },
  });
}

export function verifyEmailEmail(input: { name: string; url: string; expiresAt: Date; timeZone: string }): RenderedEmail {
  return render({
    subject: "Confirm your email address for Traction",
    greeting: `Hello ${input.name},`,
    paragraphs: [
      {
        text: "Please confirm that this address is yours, so that Traction can reach you (password resets, your weekly digest).",
      },
      { text: `The link works once, until ${when(input.expiresAt, input.timeZone)}.` },
    ],
    action: { label: "Confirm my email", url: input.url },
  });
}

export function emailChangedEmail(input: { name: string; newEmail: string }): RenderedEmail {
  return render({
    subject: "Your Traction email address is changing",
    greeting: `Hello ${input.name},`,
    paragraphs: [
      { text: `Your account asked to use ${input.newEmail} from now on. Once that address is confirmed, you sign in with it.` },
      { text: "If this was not you, change your password now and tell your coach or Traction's support." },
    ],
  });
}

export function passwordChangedEmail(input: { name: string; at: Date; timeZone: string }): RenderedEmail {
  return render({
    subject: "Your Traction password was changed",
    greeting: `Hello ${input.name},`,
    paragraphs: [
      { text: `Your password was changed on ${when(input.at, input.timeZone)}, and every other session was signed out.` },
      { text: "If this was not you, reset your password from the sign-in page at once." },
    ],
  });
}

/** An invitation to join an organisation as a coach or an admin (the recipient may not have an account yet: times in UTC). */
export function orgInviteEmail(input: {
  orgName: string;
  inviterName: string;
  role: "ADMIN" | "COACH";
  url: string;
  expiresAt: Date;
}): RenderedEmail {
  return render({
    subject: `Join ${input.orgName} on Traction`,
    greeting: "Hello,",
    paragraphs: [
      {
        text: `${input.inviterName} invites you to join ${input.orgName} on Traction as ${input.role === "ADMIN" ? "an admin" : "a coach"}.`,
      },
      {
        text: `Sign in (or create a coach account) with this email address, then open the link. It works once, until ${when(input.expiresAt, "UTC")}.`,
      },
      { text: "If you do not know this organisation, ignore this email." },
    ],
    action: { label: "Join the organisation", url: input.url },
  });
}
