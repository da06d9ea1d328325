import type { Metadata } from "next";
import { AccountSummary } from "../../components/home/account-summary.tsx";

export const metadata: Metadata = { title: "Home" };

export default function HomePage() {
  return <AccountSummary />;
}
