"use client";

import { ZCreateTaskSchema, type TTask } from "@traction/schemas";
import { useState } from "react";
import { tasks } from "../../lib/api/records.ts";
import { text } from "../../lib/forms/read-form.ts";
import { useOptimisticEdit } from "../../lib/hooks/optimistic.ts";
import { useCreate } from "../../lib/hooks/use-create.ts";
import { useList } from "../../lib/hooks/use-list.ts";
import { useContactNames } from "../../lib/hooks/use-names.ts";
import { SchemaForm } from "../forms/schema-form.tsx";
import { SelectField } from "../forms/select-field.tsx";
import { TextField } from "../forms/text-field.tsx";
import { Panel } from "../ui/panel.tsx";
import { RecordList, RecordsLayout } from "./record-list.tsx";
import { TaskItem } from "./task-item.tsx";

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
  const create = useCreate(tasks.create, (task) => list.mutate((items) => [task, ...items]));
  const contactOptions = [...names].map(([value, label]) => ({ value, label }));

  const listPanel = (
    <>
      {error && (
        <p role="alert" className="mb-2 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
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
        <Panel title="Add a task">
          <SchemaForm
            label="Add a task"
            schema={ZCreateTaskSchema}
            fields={["title", "dueOn", "contactId"]}
            read={(data) => ({
              title: text(data, "title") ?? "",
              dueOn: text(data, "dueOn"),
              contactId: text(data, "contactId"),
            })}
            resetOnSuccess
            submitLabel="Add task"
            pendingLabel="Adding…"
            className="space-y-4"
            onSubmit={create}
          >
            {(errors) => (
              <>
                <TextField name="title" label="What to do" error={errors.title} />
                <TextField name="dueOn" label="Due on" type="date" error={errors.dueOn} />
                <SelectField
                  name="contactId"
                  label="About"
                  placeholder="No one in particular"
                  options={contactOptions}
                  error={errors.contactId}
                />
              </>
            )}
          </SchemaForm>
        </Panel>
      }
    />
  );
}
