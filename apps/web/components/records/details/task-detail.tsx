"use client";

/** One task: what, by when, about whom, and whether it is done. */
import { RECORD_SCHEMAS } from "@traction/schemas";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { tasks } from "../../../lib/api/records.ts";
import { formatDay } from "../../../lib/dates.ts";
import { checked } from "../../../lib/forms/read-form.ts";
import { useLoad } from "../../../lib/hooks/use-load.ts";
import { useContactNames } from "../../../lib/hooks/use-names.ts";
import { Checkbox } from "../../forms/checkbox.tsx";
import { textLink } from "../../ui/styles.ts";
import { DeleteButton } from "../delete-button.tsx";
import { Detail, DetailList, RecordDetail } from "../record-detail.tsx";
import { RecordEditor } from "../record-editor.tsx";
import { readTask, TASK_FIELDS, TaskFields } from "../task-fields.tsx";

export function TaskDetail({ id }: { id: string }) {
  const router = useRouter();
  const task = useLoad(`task:${id}`, (api) => tasks.get(api, id));
  const names = useContactNames();

  return (
    <RecordDetail
      back={{ href: "/tasks", label: "All tasks" }}
      what="this task"
      loaded={task}
      title={(record) => record.title}
      description={(record) => (record.done ? "Done" : "Open")}
      details={(record, show) => (
        <>
          <DetailList>
            <Detail label="Due">{record.dueOn && formatDay(record.dueOn)}</Detail>
            <Detail label="About">
              {record.contactId && (
                <Link href={`/contacts/${record.contactId}`} className={textLink}>
                  {names.get(record.contactId) ?? "A contact"}
                </Link>
              )}
            </Detail>
            <Detail label="Done">{record.done ? "Yes" : "Not yet"}</Detail>
            {record.assignedById && <Detail label="Assigned by">Your coach</Detail>}
          </DetailList>
          <RecordEditor
            name={record.title}
            record={record}
            schema={RECORD_SCHEMAS.tasks.update}
            rules={RECORD_SCHEMAS.tasks.create}
            fields={[...TASK_FIELDS, "done"]}
            read={(data) => ({ ...readTask(data, null), done: checked(data, "done") })}
            save={(api, value) => tasks.update(api, record.id, value)}
            show={show}
          >
            {(errors) => (
              <>
                <TaskFields titleLabel="What to do" names={names} errors={errors} record={record} />
                <Checkbox name="done" label="Done" defaultChecked={record.done} />
              </>
            )}
          </RecordEditor>
          <DeleteButton
            name={record.title}
            remove={(api) => tasks.remove(api, record.id)}
            onDeleted={() => router.push("/tasks")}
          />
        </>
      )}
    />
  );
}
