import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine, serializeCalendar, type CalendarEvent } from "./ical.ts";

const unfold = (text: string) => text.replace(/\r\n /g, "");

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and every kind of newline", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });

  it("leaves colons and quotes alone (they are plain TEXT)", () => {
    expect(escapeText('Re: "coffee"')).toBe('Re: "coffee"');
  });
});

describe("foldLine", () => {
  it("keeps a line of 75 octets whole and folds the 76th", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });

  it("folds long lines into lines of at most 75 octets, continuations starting with one space", () => {
    const line = `SUMMARY:${"word ".repeat(80)}`;
    const folded = foldLine(line).split("\r\n");
    expect(folded.length).toBeGreaterThan(5);
    for (const part of folded) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    for (const part of folded.slice(1)) expect(part.startsWith(" ")).toBe(true);
    expect(unfold(foldLine(line))).toBe(line);
  });

  it("never splits a multi-byte character", () => {
    const line = `SUMMARY:${"Zoë Łukasiewicz 咖啡 ☕ ".repeat(12)}`;
    const parts = foldLine(line).split("\r\n");
    for (const part of parts) {
      expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
      expect(Buffer.from(part, "utf8").toString("utf8")).toBe(part);
      expect(part).not.toContain("\uFFFD");
    }
    expect(unfold(parts.join("\r\n"))).toBe(line);
  });
});

describe("serializeCalendar", () => {
  const generatedAt = new Date("2026-11-25T16:00:00.000Z");
  const events: CalendarEvent[] = [
    {
      uid: "meeting-1@traction",
      start: { at: new Date("2026-12-01T09:30:00.000Z") },
      summary: "One-on-one with Zoë, the plumber; bring CV",
      description: "Agenda:\n1. Her corporate clients\n2. Office staff at Acme, Inc.",
      location: "Café Central, 12 Main St",
      lastModified: new Date("2026-11-20T08:00:00.000Z"),
    },
    { uid: "task-2@traction", start: { date: new Date("2026-12-03T00:00:00.000Z") }, summary: "Follow up: send the article" },
  ];
  const text = serializeCalendar({ productId: "-//Traction//Test//EN", name: "Traction", events, generatedAt });

  it("ends every line with CRLF and has no bare LF or over-long line", () => {
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  it("is parsed back by an independent iCalendar parser (ical.js) with the same values", () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    const [meeting, task] = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(meeting!.uid).toBe("meeting-1@traction");
    expect(meeting!.summary).toBe(events[0]!.summary);
    expect(meeting!.description).toBe(events[0]!.description);
    expect(meeting!.location).toBe(events[0]!.location);
    expect(meeting!.startDate.toJSDate().toISOString()).toBe("2026-12-01T09:30:00.000Z");
    expect(meeting!.endDate.toJSDate().toISOString()).toBe("2026-12-01T10:30:00.000Z");
    expect(task!.startDate.isDate).toBe(true);
    expect(task!.startDate.toString()).toBe("2026-12-03");
    expect(task!.endDate.toString()).toBe("2026-12-04");
    for (const vevent of calendar.getAllSubcomponents("vevent")) {
      expect(vevent.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-25T16:00:00Z");
    }
  });

  it("writes an empty calendar when there is nothing scheduled", () => {
    const empty = serializeCalendar({ productId: "-//T//EN", name: "T", events: [], generatedAt });
    expect(new ICAL.Component(ICAL.parse(empty)).getAllSubcomponents("vevent")).toEqual([]);
    expect(empty).toContain("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
  });
});
