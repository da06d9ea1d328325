"use client";

import { ZCreateTaskSchema, type TTask } from "@traction/schemas";
import { useState } from "react";
import { tasks } from "../../lib/api/records.ts";
import { useOptimisticEdit } from "../../lib/hooks/optimistic.ts";
import { useCreate } from "../../lib/hooks/use-create.ts";
import { useList } from "../../lib/hooks/use-list.ts";
import { useContactNames } from "../../lib/hooks/use-names.ts";
import { SelectField } from "../forms/select-field.tsx";
import { RecordList, RecordsLayout } from "./record-list.tsx";
import { readTask, TASK_FIELDS, TaskFields } from "./task-fields.tsx";
import { TaskItem } from "./task-item.tsx";
import { InlineError } from "../ui/inline-error.tsx";
import { CreatePanel } from "./create-panel.tsx";

const SHOW = [
  { value: "false", label: "Open" },
  { value: "true", label: "Done" },
];

export function TasksPage({ clientId }: { clientId?: string }) {
  const [done, setDone] = useState("false");
  const names = useContactNames(clientId);
  const list = useList(`tasks:${clientId ?? "me"}:${done}`, (api, cursor) =>
    tasks.list(api, { done: done || undefined, cursor }, clientId),
  );
  const { edit, error } = useOptimisticEdit<TTask>(list.mutate);
  const create = useCreate(tasks.create, list.prepend);

  const listPanel = (
    <>
      <InlineError message={error} className="mb-2" />
      <RecordList
        title={clientId ? "Tasks" : "Your tasks"}
        list={list}
        what="tasks"
        empty={done === "true" ? "Nothing done yet." : done === "false" ? "Nothing open. Well done." : "No tasks yet."}
        filters={
          <SelectField
            name="done"
            label="Show"
            placeholder="All tasks"
            options={SHOW}
            value={done}
            onChange={(event) => setDone(event.target.value)}
          />
        }
      >
        {(task) => (
          <TaskItem
            key={task.id}
            task={task}
            names={names}
            onToggle={
              clientId
                ? undefined
                : (item) => void edit(item, { done: !item.done }, (api) => tasks.update(api, item.id, { done: !item.done }))
            }
          />
        )}
      </RecordList>
    </>
  );
  if (clientId) return listPanel;

  return (
    <RecordsLayout
      list={listPanel}
      form={
        <CreatePanel
          title="Add a task"
          schema={ZCreateTaskSchema}
          fields={TASK_FIELDS}
          read={(data) => readTask(data)}
          submitLabel="Add task"
          onSubmit={create}
        >
          {(errors) => <TaskFields titleLabel="What to do" names={names} errors={errors} />}
        </CreatePanel>
      }
    />
  );
}
