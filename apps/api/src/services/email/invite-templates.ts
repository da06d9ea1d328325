/** The emails of a coach's invitation by email: the invitation, and the answer the coach gets. */
import { COACH_ACCESS } from "@traction/schemas";
import { render, when, type RenderedEmail } from "./templates.ts";

export function coachInviteEmail(input: { coachName: string; coachEmail: string; url: string; expiresAt: Date }): RenderedEmail {
  return render({
    subject: `${input.coachName} invites you to Traction as your career coach`,
    greeting: "Hello,",
    paragraphs: [
      {
        text: `${input.coachName} (${input.coachEmail}) would like to coach your job search on Traction. If you accept, they will see:`,
        items: [...COACH_ACCESS],
      },
      {
        text: "Every time they read your data it appears in your access log, and you can end their access at any time in Settings.",
      },
      {
        text: `Open the link to accept or decline; if you have no Traction account yet, you can create one with this address first. The link works once, until ${when(input.expiresAt, "UTC")}.`,
      },
      { text: "If you do not know this person, ignore this email: nothing is shared unless you accept." },
    ],
    action: { label: "Accept or decline", url: input.url },
  });
}

export function inviteAnsweredEmail(input: {
  coachName: string;
  clientName: string;
  email: string;
  accepted: boolean;
  url: string;
}): RenderedEmail {
  return input.accepted
    ? render({
        subject: `${input.clientName} accepted your coaching invitation`,
        greeting: `Hello ${input.coachName},`,
        paragraphs: [{ text: `${input.clientName} (${input.email}) accepted your invitation and is now on your roster.` }],
        action: { label: "Open your roster", url: input.url },
      })
    : render({
        subject: `Your coaching invitation to ${input.email} was declined`,
        greeting: `Hello ${input.coachName},`,
        paragraphs: [{ text: `The invitation you sent to ${input.email} was declined. Nothing of theirs is shared with you.` }],
        action: { label: "See your invitations", url: input.url },
      });
}
