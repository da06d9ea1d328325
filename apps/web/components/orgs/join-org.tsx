"use client";

/** The page an organisation's invitation email links to: join it as the signed-in coach. */
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { ApiError } from "../../lib/api/api-error.ts";
import { acceptInvite } from "../../lib/api/orgs.ts";
import { useSession } from "../session/session-provider.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { Panel } from "../ui/panel.tsx";
import { primaryButton, textLink } from "../ui/styles.ts";

export function JoinOrg() {
  const { api, state } = useSession();
  const email = state.status === "authenticated" ? state.user.email : "";
  const token = useSearchParams().get("token") ?? "";
  const [result, setResult] = useState<{ orgId: string } | { error: string } | null>(null);
  return (
    <>
      <PageHeader title="Join an organisation" />
      <Panel title="Your invitation">
        {result && "orgId" in result ? (
          <p role="status">
            You joined.{" "}
            <Link href={`/orgs/${result.orgId}`} className={textLink}>
              Open the organisation
            </Link>
          </p>
        ) : (
          <div className="space-y-3">
            <p className="text-sm text-slate-700">
              You are signed in as {email}. The invitation works only for the address it was sent to, once, for 7 days.
            </p>
            {result && "error" in result && (
              <p role="alert" className="text-sm text-red-800">
                {result.error}
              </p>
            )}
            <button
              type="button"
              className={primaryButton}
              disabled={!token}
              onClick={async () => {
                try {
                  setResult(await acceptInvite(api, token));
                } catch (error) {
                  setResult({
                    error:
                      error instanceof ApiError && error.status === 404
                        ? "This invitation is not for this account, or it expired or was already used."
                        : error instanceof ApiError
                          ? error.message
                          : "Something went wrong; try again.",
                  });
                }
              }}
            >
              Join
            </button>
          </div>
        )}
      </Panel>
    </>
  );
}
