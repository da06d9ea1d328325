import type { TTask } from "@traction/schemas";
import Link from "next/link";
import { formatDay, today } from "../../lib/dates.ts";
import type { Names } from "../../lib/hooks/use-names.ts";
import { Badge } from "../ui/badge.tsx";
import { textLink } from "../ui/styles.ts";

/** One task: a checkbox to tick it done (the owner's), its due date, contact, and who assigned it. */
export function TaskItem({ task, names, onToggle }: { task: TTask; names: Names; onToggle?: (task: TTask) => void }) {
  const overdue = !task.done && task.dueOn !== null && task.dueOn.toISOString().slice(0, 10) < today();
  const contact = task.contactId ? names.get(task.contactId) : undefined;
  return (
    <li className="flex items-start gap-3 py-2">
      {onToggle ? (
        <input
          type="checkbox"
          checked={task.done}
          onChange={() => onToggle(task)}
          aria-label={`Done: ${task.title}`}
          className="mt-1 size-5 shrink-0 accent-indigo-700"
        />
      ) : (
        <span className="mt-0.5 text-sm text-slate-700">{task.done ? "Done" : "Open"}</span>
      )}
      <div className="min-w-0 flex-1">
        <p className={`font-medium break-words ${task.done ? "text-slate-600 line-through" : "text-slate-900"}`}>
          {onToggle ? (
            <Link href={`/tasks/${task.id}`} className={textLink}>
              {task.title}
            </Link>
          ) : (
            task.title
          )}
        </p>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
          {task.dueOn && (
            <span className={overdue ? "font-medium text-red-700" : undefined}>
              {overdue ? "Overdue since" : "Due"} {formatDay(task.dueOn)}
            </span>
          )}
          {contact && <span>· {contact}</span>}
          {task.assignedById && <Badge tone="info">From your coach</Badge>}
        </p>
      </div>
    </li>
  );
}
