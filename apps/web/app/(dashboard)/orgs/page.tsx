import type { Metadata } from "next";
import { OrgsHome } from "../../../components/orgs/orgs-home.tsx";

export const metadata: Metadata = { title: "Organisations" };

export default function Orgs() {
  return <OrgsHome />;
}
