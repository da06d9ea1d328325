import { describe, expect, it } from "vitest";
import { boardAnnouncements, nextColumn, startsDrag } from "./board-dnd.ts";

const COLUMNS = ["IDEA", "APPLIED", "INTERVIEW"] as const;
const LABELS: Record<string, string> = { IDEA: "Idea", APPLIED: "Applied", INTERVIEW: "Interviewing" };

describe("nextColumn", () => {
  it("goes right and down to the next column, left and up to the one before", () => {
    expect(nextColumn(COLUMNS, "APPLIED", "ArrowRight")).toBe("INTERVIEW");
    expect(nextColumn(COLUMNS, "APPLIED", "ArrowDown")).toBe("INTERVIEW");
    expect(nextColumn(COLUMNS, "APPLIED", "ArrowLeft")).toBe("IDEA");
    expect(nextColumn(COLUMNS, "APPLIED", "ArrowUp")).toBe("IDEA");
  });

  it("stays at the ends and ignores other keys", () => {
    expect(nextColumn(COLUMNS, "INTERVIEW", "ArrowRight")).toBe("INTERVIEW");
    expect(nextColumn(COLUMNS, "IDEA", "ArrowLeft")).toBe("IDEA");
    expect(nextColumn(COLUMNS, "IDEA", "KeyA")).toBeUndefined();
    expect(nextColumn(COLUMNS, "NOWHERE", "ArrowRight")).toBeUndefined();
  });
});

describe("boardAnnouncements", () => {
  const say = boardAnnouncements(
    (id) => (id === "lead-1" ? { title: "Acme Analytics", column: "APPLIED" } : undefined),
    (column) => LABELS[String(column)] ?? String(column),
  );
  const active = { id: "lead-1" } as Parameters<typeof say.onDragStart>[0]["active"];
  const over = (id: string) => ({ id }) as NonNullable<Parameters<typeof say.onDragOver>[0]["over"]>;

  it("says in plain words where the card is and where it went", () => {
    expect(say.onDragStart({ active })).toMatch(/^Picked up Acme Analytics, in Applied\. Use the arrow keys/);
    expect(say.onDragOver({ active, over: over("INTERVIEW") })).toBe("Acme Analytics is over Interviewing.");
    expect(say.onDragEnd({ active, over: over("INTERVIEW") })).toBe("Moved Acme Analytics to Interviewing.");
  });

  it("says each column once, not again when the card is still over it", () => {
    const once = boardAnnouncements(
      () => ({ title: "Acme Analytics", column: "APPLIED" }),
      (column) => LABELS[String(column)] ?? String(column),
    );
    once.onDragStart({ active });
    expect(once.onDragOver({ active, over: over("APPLIED") })).toBeUndefined();
    expect(once.onDragOver({ active, over: over("INTERVIEW") })).toBe("Acme Analytics is over Interviewing.");
    expect(once.onDragOver({ active, over: over("INTERVIEW") })).toBeUndefined();
    expect(once.onDragOver({ active, over: over("APPLIED") })).toBe("Acme Analytics is over Applied.");
  });

  it("says the card stays when it is dropped where it was, nowhere, or the move is cancelled", () => {
    expect(say.onDragEnd({ active, over: over("APPLIED") })).toBe("Acme Analytics stays in Applied.");
    expect(say.onDragEnd({ active, over: null })).toBe("Acme Analytics stays in Applied.");
    expect(say.onDragCancel({ active, over: null })).toBe("Move cancelled. Acme Analytics stays in Applied.");
  });
});

describe("startsDrag", () => {
  it("drags from the card and its handle, never from its links and fields", () => {
    document.body.innerHTML = `<li><p id="text">Acme</p><a id="link" href="/x">Acme</a><select id="field"></select><button id="handle" data-drag-handle><svg id="icon"></svg></button></li>`;
    const byId = (id: string) => document.getElementById(id);
    expect(startsDrag(byId("text"))).toBe(true);
    expect(startsDrag(byId("icon"))).toBe(true);
    expect(startsDrag(byId("link"))).toBe(false);
    expect(startsDrag(byId("field"))).toBe(false);
  });
});
