/** Words for the weekly review's areas and effect metrics. */
import type { TEffectMetric, TFlag, TReviewArea, TTip } from "@traction/schemas";
import { FLAG_LABELS } from "../../lib/labels.ts";

export const AREA_LABELS: Record<TReviewArea, string> = {
  WHERE: "Where I network",
  OPPORTUNITIES: "Other opportunities",
  CONVERSATIONS: "My conversations",
  ONE_ON_ONES: "One-on-ones and follow-up",
  TARGETS: "My targets",
  OTHER: "Something else",
};

export const METRIC_LABELS: Record<TEffectMetric, string> = {
  events: "Events a week",
  hours: "Hours at events a week",
  newContacts: "New people a week",
  conversations: "Conversations a week",
  conversationsMentioningSearchPct: "Conversations mentioning the search",
  oneOnOnes: "One-on-ones a week",
  leads: "Leads a week",
};

/** A finding code as stored in a snapshot (a flag, or one added since). */
export const findingLabel = (code: string) => FLAG_LABELS[code as TFlag] ?? code;

/** Which area an adjustment answering a finding of this tip belongs to. */
export const areaOfTip = (tip: string): TReviewArea =>
  (["WHERE", "OPPORTUNITIES", "CONVERSATIONS", "ONE_ON_ONES"] satisfies TTip[]).includes(tip as TTip)
    ? (tip as TReviewArea)
    : "OTHER";
