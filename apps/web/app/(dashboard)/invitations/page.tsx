import type { Metadata } from "next";
import { EmailInvites } from "../../../components/invitations/email-invites.tsx";
import { PageHeader } from "../../../components/ui/page-header.tsx";

export const metadata: Metadata = { title: "Invitations" };

export default function InvitationsPage() {
  return (
    <>
      <PageHeader title="Invitations" description="Clients you invited by email, and what they answered." />
      <EmailInvites />
    </>
  );
}
