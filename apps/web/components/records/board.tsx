"use client";

import { useId, type ReactNode } from "react";

interface BoardProps<T extends { id: string }, S extends string> {
  label: string;
  columns: readonly S[];
  labels: Record<S, string>;
  items: T[];
  columnOf: (item: T) => S;
  /** The card's title, for the move control's label. */
  titleOf: (item: T) => string;
  onMove: (item: T, to: S) => void;
  /** A coach's view: no move control. */
  readOnly?: boolean;
  children: (item: T) => ReactNode;
}

/**
 * Records in columns by status or stage. Each card moves with a select (keyboard
 * and screen-reader friendly, no drag needed). On a 1280 px screen seven columns
 * fit; narrower, they scroll sideways (a visible, keyboard-focusable scroller), and
 * they stack on phones.
 */
export function Board<T extends { id: string }, S extends string>({
  label,
  columns,
  labels,
  items,
  columnOf,
  titleOf,
  onMove,
  readOnly = false,
  children,
}: BoardProps<T, S>) {
  const id = useId();
  return (
    <div
      aria-label={label}
      role="region"
      tabIndex={0}
      className="grid gap-3 [scrollbar-color:var(--color-slate-400)_transparent] [scrollbar-width:thin] md:auto-cols-[minmax(8rem,1fr)] md:grid-flow-col md:gap-2 md:overflow-x-auto md:pb-2"
    >
      {columns.map((column) => {
        const cards = items.filter((item) => columnOf(item) === column);
        const headingId = `${id}-${column}`;
        return (
          <section key={column} aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-slate-100 p-2">
            <h2 id={headingId} className="flex items-center justify-between px-1 py-1 text-sm font-semibold text-slate-900">
              {labels[column]}
              <span className="rounded-full bg-white px-2 text-xs font-medium text-slate-700">{cards.length}</span>
            </h2>
            <ul className="mt-1 space-y-2">
              {cards.map((item) => (
                <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-3 shadow-xs">
                  {children(item)}
                  {!readOnly && (
                    <label className="mt-2 flex items-center gap-2 text-xs text-slate-700">
                      <span>Move</span>
                      <select
                        value={column}
                        aria-label={`Move ${titleOf(item)} to`}
                        onChange={(event) => onMove(item, event.target.value as S)}
                        className="min-w-0 flex-1 rounded border border-slate-400 bg-white px-1.5 py-1 text-xs text-slate-900"
                      >
                        {columns.map((option) => (
                          <option key={option} value={option}>
                            {labels[option]}
                          </option>
                        ))}
                      </select>
                    </label>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
