import type { Metadata } from "next";
import { TasksPage } from "../../../components/records/tasks-page.tsx";
import { PageHeader } from "../../../components/ui/page-header.tsx";

export const metadata: Metadata = { title: "Tasks" };

export default function Tasks() {
  return (
    <>
      <PageHeader title="Tasks" description="Follow-ups from your conversations and assignments from your coach." />
      <TasksPage />
    </>
  );
}
