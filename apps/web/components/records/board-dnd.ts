/**
 * How a board's cards are dragged (dnd-kit): with the mouse or a finger from
 * anywhere on the card but its controls, and with the keyboard from the card's
 * drag handle — space lifts, the arrows go to the next or previous column,
 * space drops, escape cancels — while a live region says what happens in words.
 */
import {
  PointerSensor,
  pointerWithin,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import type { PointerEvent } from "react";

/** Marks the element that starts a drag from the keyboard (and may start one with the pointer). */
export const DRAG_HANDLE = "data-drag-handle";

const CONTROLS = "a, button, input, select, textarea, label, summary, [contenteditable]";

/** A press on a link, a field or a button works as that control; only the rest of the card (or its handle) drags. */
export function startsDrag(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return Boolean(target.closest(`[${DRAG_HANDLE}]`)) || !target.closest(CONTROLS);
}

export class CardPointerSensor extends PointerSensor {
  static override activators = [
    {
      eventName: "onPointerDown" as const,
      handler: ({ nativeEvent: event }: PointerEvent) => event.isPrimary && event.button === 0 && startsDrag(event.target),
    },
  ];
}

/** Which way an arrow key goes through the columns: right and down to the next one, left and up to the one before. */
const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The column an arrow key leads to from `from` (the first and last columns stay put at the ends). */
export function nextColumn<S extends string>(columns: readonly S[], from: string, key: string): S | undefined {
  const step = STEPS[key];
  const index = columns.indexOf(from as S);
  if (step === undefined || index < 0) return undefined;
  return columns[Math.min(columns.length - 1, Math.max(0, index + step))];
}

/**
 * What one board remembers during a drag: the column the keyboard has chosen
 * (the drop goes there, whatever the geometry of stacked or scrolled columns),
 * and the column last announced (said once, not again on every re-measure).
 */
export class DragMemory {
  target?: string;
  announced?: UniqueIdentifier;
  /** A new drag starts from the card's own column. */
  readonly reset = () => {
    this.target = undefined;
  };
}

/** The keyboard moves a lifted card column by column: the card is shown just inside the chosen column's top left corner. */
export function columnByColumn(columns: readonly string[], memory: DragMemory): KeyboardCoordinateGetter {
  return (event, { active, context: { draggableNodes, droppableRects } }) => {
    const from = memory.target ?? draggableNodes.get(active)?.data.current?.column;
    const to = nextColumn(columns, String(from), event.code);
    if (to === undefined) return undefined;
    event.preventDefault();
    memory.target = to;
    const rect = droppableRects.get(to);
    return rect ? { x: rect.left + 8, y: rect.top + 8 } : undefined;
  };
}

/** The mouse drops where the pointer is; the keyboard, on the column it has chosen (at first, the card's own). */
export function columnUnder(memory: DragMemory): CollisionDetection {
  return (args) => {
    if (args.pointerCoordinates) return pointerWithin(args);
    const column = memory.target ?? args.active.data.current?.column;
    return typeof column === "string" ? [{ id: column }] : [];
  };
}

export const DRAG_INSTRUCTIONS =
  "To move this card to another column, press space, then the arrow keys to choose the column, and space again to drop it. Escape cancels.";

/** What a screen reader hears while a card moves, in words: "Moved Operations analyst to Interview." */
export function boardAnnouncements(
  describe: (id: UniqueIdentifier) => { title: string; column: string } | undefined,
  labelOf: (column: UniqueIdentifier) => string,
  memory = new DragMemory(),
): Announcements {
  const card = (id: UniqueIdentifier) => describe(id) ?? { title: "The card", column: "" };
  const stays = (id: UniqueIdentifier) => {
    const { title, column } = card(id);
    return `${title} stays in ${labelOf(column)}.`;
  };
  return {
    onDragStart: ({ active }) => {
      const { title, column } = card(active.id);
      memory.announced = column;
      return `Picked up ${title}, in ${labelOf(column)}. Use the arrow keys to choose another column, space to drop it there, escape to cancel.`;
    },
    // Over its own column at first: "Picked up …" says so already.
    onDragOver: ({ active, over }) => {
      if (!over || over.id === memory.announced) return undefined;
      memory.announced = over.id;
      return `${card(active.id).title} is over ${labelOf(over.id)}.`;
    },
    onDragEnd: ({ active, over }) =>
      over && over.id !== card(active.id).column ? `Moved ${card(active.id).title} to ${labelOf(over.id)}.` : stays(active.id),
    onDragCancel: ({ active }) => `Move cancelled. ${stays(active.id)}`,
  };
}
