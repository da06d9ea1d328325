"use client";

import { Roster } from "../coach/roster.tsx";
import { useUser } from "../session/session-provider.tsx";
import { ThisWeek } from "../week/this-week.tsx";

/** A jobseeker lands on this week; a coach on the roster. */
export function HomePage() {
  return useUser().role === "COACH" ? <Roster /> : <ThisWeek />;
}
