import type { TFinding } from "@traction/schemas";
import Link from "next/link";
import { FLAG_LABELS } from "../../lib/labels.ts";
import { Badge } from "../ui/badge.tsx";
import { textLink } from "../ui/styles.ts";

/** Where the records behind an evidence list (`eventIds`, …) open, and what one is called. */
const RECORD_LINKS: Record<string, { href: (id: string) => string; noun: string }> = {
  eventIds: { href: (id) => `/events/${id}`, noun: "Event" },
  contactIds: { href: (id) => `/contacts/${id}`, noun: "Contact" },
  conversationIds: { href: (id) => `/conversations/${id}`, noun: "Conversation" },
  meetingIds: { href: (id) => `/meetings/${id}`, noun: "One-on-one" },
  companyIds: { href: (id) => `/companies/${id}`, noun: "Company" },
  leadIds: { href: (id) => `/leads/${id}`, noun: "Lead" },
  // Follow-ups have no page of their own: they open in the task list.
  taskIds: { href: (id) => `/tasks#task-${id}`, noun: "Follow-up" },
};

/**
 * Each warning with what was found, the numbers behind it, and what to do about it.
 * Each finding's title is a heading one level under the panel's (`level`, an h3 under an h2 panel).
 */
export function FindingList({
  findings,
  showEvidence = true,
  level = 3,
}: {
  findings: TFinding[];
  showEvidence?: boolean;
  level?: 3 | 4;
}) {
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <ul className="space-y-3">
      {findings.map((finding) => (
        <li key={finding.code} className="rounded-lg border border-slate-200 bg-slate-50 p-3">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={finding.severity === "ALERT" ? "bad" : "warn"}>
              {finding.severity === "ALERT" ? "Alert" : "Warning"}
            </Badge>
            <Heading className="font-semibold text-slate-900">{FLAG_LABELS[finding.code]}</Heading>
          </div>
          <p className="mt-1 text-sm text-slate-800">{finding.message}</p>
          {showEvidence && <Evidence evidence={finding.evidence} />}
          <p className="mt-2 text-sm text-slate-900">
            <span className="font-semibold">What to do: </span>
            {finding.recommendation}
          </p>
        </li>
      ))}
    </ul>
  );
}

function Evidence({ evidence }: { evidence: TFinding["evidence"] }) {
  const entries = Object.entries(evidence);
  if (entries.length === 0) return null;
  return (
    <dl aria-label="Evidence" className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-slate-600">{humanize(key)}</dt>
          <dd className="font-medium text-slate-900">
            {Array.isArray(value) && RECORD_LINKS[key] ? <RecordLinks kind={key} ids={value} /> : showValue(key, value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The records behind a finding, each a link to its page: "Event 1, Event 2". */
function RecordLinks({ kind, ids }: { kind: string; ids: string[] }) {
  const link = RECORD_LINKS[kind]!;
  if (ids.length === 0) return <>none</>;
  return (
    <ul className="flex flex-wrap gap-x-2 gap-y-0.5">
      {ids.map((id, index) => (
        <li key={id}>
          <Link href={link.href(id)} className={textLink}>
            {link.noun} {index + 1}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** `supportGroupHours` → "Support group hours"; `eventIds` → "Events". */
export function humanize(key: string): string {
  const words = key
    .replace(/Ids$/, "s")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([a-z])(\d)/g, "$1 $2")
    .toLowerCase()
    .replaceAll("one on one", "one-on-one");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function showValue(key: string, value: TFinding["evidence"][string]): string {
  if (value === null) return "—";
  if (Array.isArray(value))
    return key.endsWith("Ids")
      ? `${value.length}`
      : value.map((item) => item.toLowerCase().replaceAll("_", " ")).join(", ") || "none";
  if (typeof value === "number" && /(Share|Rate)$/.test(key)) return `${Math.round(value * 100)} %`;
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}
