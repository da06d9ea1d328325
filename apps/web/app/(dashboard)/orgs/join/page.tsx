import type { Metadata } from "next";
import { Suspense } from "react";
import { JoinOrg } from "../../../../components/orgs/join-org.tsx";

export const metadata: Metadata = { title: "Join an organisation" };

export default function Join() {
  return (
    <Suspense>
      <JoinOrg />
    </Suspense>
  );
}
