"use client";

/**
 * Said under a create form's name before saving: "Sam Ortiz already exists —
 * use it?", with each existing record told apart (where they work, their
 * email). "Use it" opens the record (or, in the quick log, picks it); when two
 * already exist, they can be merged. Saving anyway stays possible.
 */
import Link from "next/link";
import type { Duplicate, DuplicateKind } from "../../lib/api/duplicates.ts";
import { smallButton, textLink } from "../ui/styles.ts";

interface DuplicateWarningProps {
  kind: DuplicateKind;
  matches: Duplicate[];
  /** Picks an existing record instead of creating one (the quick log); by default "use it" opens it. */
  onUse?: (match: Duplicate) => void;
}

export function DuplicateWarning({ kind, matches, onUse }: DuplicateWarningProps) {
  if (matches.length === 0) return null;
  const [first, second] = matches;
  return (
    <div role="status" className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
      <p className="font-medium">
        {first!.name} already exists{matches.length > 1 ? ` (${matches.length} times)` : ""} — use it?
      </p>
      <ul className="mt-1 space-y-1">
        {matches.map((match) => (
          <li key={match.id} className="flex flex-wrap items-center gap-2">
            {onUse ? (
              <button type="button" className={smallButton} onClick={() => onUse(match)}>
                Use {match.name}
                {match.detail ? ` (${match.detail})` : ""}
              </button>
            ) : (
              <Link href={`/${kind}/${match.id}`} className={textLink}>
                Open {match.name}
                {match.detail ? ` (${match.detail})` : ""}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {second && kind === "contacts" && (
        <p className="mt-1">
          <Link href={`/${kind}/${first!.id}?merge=${second.id}`} className={textLink}>
            Merge the two existing ones
          </Link>
        </p>
      )}
      <p className="mt-1 text-amber-900">Or save to add another one.</p>
    </div>
  );
}
