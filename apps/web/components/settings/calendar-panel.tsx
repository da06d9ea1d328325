"use client";

/** Subscribe to my one-on-ones and follow-ups from my own calendar: a secret address, renewable and revocable. */
import type { TCalendarFeed } from "@traction/schemas";
import { useState } from "react";
import { getCalendarFeed, revokeCalendarFeed, rotateCalendarFeed } from "../../lib/api/calendar.ts";
import { formatTimestamp } from "../../lib/dates.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { TextField } from "../forms/text-field.tsx";
import { useSession } from "../session/session-provider.tsx";
import { InlineError } from "../ui/inline-error.tsx";
import { errorMessage, LoadState } from "../ui/load-state.tsx";
import { Panel } from "../ui/panel.tsx";
import { primaryButton, secondaryButton } from "../ui/styles.ts";

export function CalendarPanel() {
  const { api } = useSession();
  const feed = useLoad("calendar-feed", (client) => getCalendarFeed(client));
  const [created, setCreated] = useState<TCalendarFeed | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      feed.reload();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  const rotate = () => run(async () => setCreated(await rotateCalendarFeed(api)));
  const revoke = () =>
    run(async () => {
      await revokeCalendarFeed(api);
      setCreated(null);
    });

  return (
    <Panel title="Calendar feed" description="Your scheduled one-on-ones and follow-ups in your own calendar app.">
      <LoadState {...feed} what="your calendar feed" hasData={feed.data !== undefined}>
        {feed.data ? (
          <p className="mb-3 text-sm text-slate-700">
            Feed on since {formatTimestamp(feed.data.createdAt)}
            {feed.data.lastFetchedAt
              ? `; last read by a calendar ${formatTimestamp(feed.data.lastFetchedAt)}.`
              : "; no calendar has read it yet."}
          </p>
        ) : (
          <p className="mb-3 text-sm text-slate-700">No feed yet.</p>
        )}
        <div role="status" aria-live="polite">
          {created && (
            <TextField
              name="feedUrl"
              label="Your feed address (shown only now: subscribe to it from your calendar)"
              value={created.url}
              readOnly
              onFocus={(event) => event.currentTarget.select()}
              className="mb-3"
            />
          )}
        </div>
        <InlineError message={error} className="mb-2" />
        <div className="flex flex-wrap gap-2">
          <button type="button" className={primaryButton} aria-disabled={busy} onClick={() => void rotate()}>
            {feed.data ? "New address (the old one stops working)" : "Create my calendar feed"}
          </button>
          {feed.data && (
            <button type="button" className={secondaryButton} aria-disabled={busy} onClick={() => void revoke()}>
              Turn the feed off
            </button>
          )}
        </div>
      </LoadState>
    </Panel>
  );
}
