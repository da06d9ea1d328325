/**
 * A small iCalendar (RFC 5545) writer for a read-only feed of events:
 * CRLF line ends, content lines folded at 75 octets (never inside a UTF-8
 * character), TEXT values escaped (backslash, semicolon, comma, newline),
 * times in UTC, all-day events as DATE values.
 */
export interface CalendarEvent {
  /** Globally unique and stable across fetches, so calendars update the event instead of duplicating it. */
  uid: string;
  /** A timed event (`end` defaults to one hour later) or an all-day one (`end` defaults to the next day). */
  start: { at: Date } | { date: Date };
  end?: Date;
  summary: string;
  description?: string | null;
  location?: string | null;
  lastModified?: Date;
}

export interface Calendar {
  /** PRODID, e.g. `-//Traction//Calendar feed//EN`. */
  productId: string;
  name: string;
  events: readonly CalendarEvent[];
  /** DTSTAMP of every event: when this calendar was generated. */
  generatedAt: Date;
}

const MAX_LINE_OCTETS = 75;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, "\\n");
}

/** Splits a content line into lines of at most 75 octets; each continuation starts with one space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // The first line holds 75 octets; continuations 74 after their leading space.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** `20261125T160000Z` */
export function utcDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** `20261125`, from a date at UTC midnight. */
export function dateValue(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll("-", "");
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const lines = ["BEGIN:VEVENT", `UID:${escapeText(event.uid)}`, `DTSTAMP:${stamp}`];
  if ("at" in event.start) {
    lines.push(`DTSTART:${utcDateTime(event.start.at)}`);
    lines.push(`DTEND:${utcDateTime(event.end ?? new Date(event.start.at.getTime() + HOUR_MS))}`);
  } else {
    lines.push(`DTSTART;VALUE=DATE:${dateValue(event.start.date)}`);
    lines.push(`DTEND;VALUE=DATE:${dateValue(event.end ?? new Date(event.start.date.getTime() + DAY_MS))}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${utcDateTime(event.lastModified)}`);
  lines.push("END:VEVENT");
  return lines;
}

export function serializeCalendar(calendar: Calendar): string {
  const stamp = utcDateTime(calendar.generatedAt);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${calendar.productId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    "END:VCALENDAR",
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join("");
}
