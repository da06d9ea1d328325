import type { Metadata } from "next";
import { Enrolments } from "../../../components/orgs/enrolments.tsx";

export const metadata: Metadata = { title: "Cohorts" };

export default function Cohorts() {
  return <Enrolments />;
}
