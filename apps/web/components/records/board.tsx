"use client";

import {
  DndContext,
  KeyboardSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { useId, useState, type ReactNode } from "react";
import {
  boardAnnouncements,
  CardPointerSensor,
  columnByColumn,
  columnUnder,
  DRAG_HANDLE,
  DRAG_INSTRUCTIONS,
  DragMemory,
} from "./board-dnd.ts";

interface BoardProps<T extends { id: string }, S extends string> {
  label: string;
  columns: readonly S[];
  labels: Record<S, string>;
  items: T[];
  columnOf: (item: T) => S;
  /** The card's title, for the move controls' labels and what a screen reader hears. */
  titleOf: (item: T) => string;
  onMove: (item: T, to: S) => void;
  /** A coach's view: no move control. */
  readOnly?: boolean;
  children: (item: T) => ReactNode;
}

/**
 * Records in columns by status or stage. A card moves by drag and drop (the
 * mouse anywhere on the card but its controls; the keyboard from its handle:
 * space, arrows, space) or with its "Move" select. On a 1280 px screen seven
 * columns fit; narrower, they scroll sideways (a visible, keyboard-focusable
 * scroller), and they stack on phones.
 */
export function Board<T extends { id: string }, S extends string>(props: BoardProps<T, S>) {
  const { label, columns, labels, items, columnOf, titleOf, onMove, readOnly = false } = props;
  const id = useId();
  // dnd-kit's live region and drag instructions go next to the board, so within the page's landmarks.
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  // One object for the board's life, written during a drag by the keyboard and the announcements.
  const [memory] = useState(() => new DragMemory());
  const sensors = useSensors(
    useSensor(CardPointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnByColumn(columns, memory) }),
  );
  const find = (cardId: UniqueIdentifier) => items.find((item) => item.id === cardId);
  const labelOf = (column: UniqueIdentifier) => labels[column as S] ?? String(column);
  const announcements = boardAnnouncements(
    (cardId) => {
      const item = find(cardId);
      return item && { title: titleOf(item), column: columnOf(item) };
    },
    labelOf,
    memory,
  );

  const drop = ({ active, over }: DragEndEvent) => {
    const item = find(active.id);
    if (!item || !over || over.id === columnOf(item)) return;
    onMove(item, over.id as S);
  };

  const board = (
    <div
      aria-label={label}
      role="region"
      tabIndex={0}
      className="grid gap-3 [scrollbar-color:var(--color-slate-400)_transparent] [scrollbar-width:thin] md:auto-cols-[minmax(8rem,1fr)] md:grid-flow-col md:gap-2 md:overflow-x-auto md:pb-2"
    >
      {columns.map((column) => (
        <Column key={column} id={`${id}-${column}`} column={column} title={labels[column]} disabled={readOnly}>
          {items
            .filter((item) => columnOf(item) === column)
            .map((item) => (
              <Card
                key={item.id}
                item={item}
                column={column}
                title={titleOf(item)}
                move={
                  readOnly ? undefined : (
                    <MoveSelect
                      title={titleOf(item)}
                      value={column}
                      columns={columns}
                      labels={labels}
                      onChange={(to) => onMove(item, to)}
                    />
                  )
                }
              >
                {props.children(item)}
              </Card>
            ))}
        </Column>
      ))}
    </div>
  );
  if (readOnly) return board;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={columnUnder(memory)}
      onDragStart={memory.reset}
      onDragEnd={drop}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: DRAG_INSTRUCTIONS },
        container: container ?? undefined,
      }}
    >
      <div ref={setContainer}>{board}</div>
    </DndContext>
  );
}

function Column({
  id,
  column,
  title,
  disabled,
  children,
}: {
  id: string;
  column: string;
  title: string;
  disabled: boolean;
  children: ReactNode[];
}) {
  const { setNodeRef, isOver } = useDroppable({ id: column, disabled });
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={id}
      className={`rounded-xl border p-2 ${isOver ? "border-indigo-600 bg-indigo-50" : "border-slate-200 bg-slate-100"}`}
    >
      <h2 id={id} className="flex items-center justify-between px-1 py-1 text-sm font-semibold text-slate-900">
        {title}
        <span className="rounded-full bg-white px-2 text-xs font-medium text-slate-700">{children.length}</span>
      </h2>
      <ul className="mt-1 min-h-12 space-y-2">{children}</ul>
    </section>
  );
}

/** A card: its content, then (unless read-only) its drag handle and its "Move" select side by side. */
function Card({
  item,
  column,
  title,
  move,
  children,
}: {
  item: { id: string };
  column: string;
  title: string;
  move: ReactNode;
  children: ReactNode;
}) {
  const readOnly = move === undefined;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({
    id: item.id,
    data: { column },
    disabled: readOnly,
  });
  return (
    <li
      ref={setNodeRef}
      {...(readOnly ? {} : listeners)}
      style={transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined}
      className={`relative rounded-lg border bg-white p-3 md:p-2.5 ${readOnly ? "" : "cursor-grab"} ${
        isDragging ? "z-10 cursor-grabbing border-indigo-600 shadow-lg" : "border-slate-200 shadow-xs"
      }`}
    >
      {children}
      {!readOnly && (
        <div className="mt-2 flex items-center gap-1">
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            {...{ [DRAG_HANDLE]: "" }}
            aria-label={`Drag ${title}`}
            className="flex size-7 shrink-0 cursor-grab touch-none items-center justify-center rounded border border-slate-300 text-slate-700 hover:bg-slate-100 hover:text-slate-900"
          >
            <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="currentColor">
              {[4, 8, 12].flatMap((y) => [5, 11].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.4" />))}
            </svg>
          </button>
          {move}
        </div>
      )}
    </li>
  );
}

function MoveSelect<S extends string>({
  title,
  value,
  columns,
  labels,
  onChange,
}: {
  title: string;
  value: S;
  columns: readonly S[];
  labels: Record<S, string>;
  onChange: (to: S) => void;
}) {
  // The select shows the column the card is in; its name says what choosing another does.
  return (
    <select
      value={value}
      aria-label={`Move ${title} to`}
      onChange={(event) => onChange(event.target.value as S)}
      className="h-7 min-w-0 flex-1 rounded border border-slate-400 bg-white px-1 text-xs text-slate-900"
    >
      {columns.map((option) => (
        <option key={option} value={option}>
          {labels[option]}
        </option>
      ))}
    </select>
  );
}
