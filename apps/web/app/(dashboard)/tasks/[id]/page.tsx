import type { Metadata } from "next";
import { TaskDetail } from "../../../../components/records/details/task-detail.tsx";
import { recordIdOr404 } from "../../../../lib/record-id.ts";

export const metadata: Metadata = { title: "Task" };

export default async function TaskDetailPage({ params }: { params: Promise<{ id: string }> }) {
  return <TaskDetail id={recordIdOr404((await params).id)} />;
}
