import type { Plan } from "@traction/db";
import type { TPlan, TWeeklyTargets, ZPutPlanSchema } from "@traction/schemas";
import type { z } from "zod";

/** The Plan table's target* columns ↔ the API's `weeklyTargets` object. */
export function toPlanView(plan: Plan): TPlan {
  return {
    id: plan.id,
    pitch: plan.pitch,
    targetRoles: plan.targetRoles,
    weeklyTargets: {
      events: plan.targetEvents,
      newContacts: plan.targetNewContacts,
      oneOnOnes: plan.targetOneOnOnes,
      conversationsMentioningSearchPct: plan.targetConversationsMentioningSearchPct,
    },
    startsOn: plan.startsOn,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
  };
}

export function targetColumns(targets: TWeeklyTargets) {
  return {
    targetEvents: targets.events,
    targetNewContacts: targets.newContacts,
    targetOneOnOnes: targets.oneOnOnes,
    targetConversationsMentioningSearchPct: targets.conversationsMentioningSearchPct,
  };
}

/** A validated PUT body → Plan columns; fields left out are not touched. */
export function planColumns(input: z.output<typeof ZPutPlanSchema>) {
  return {
    ...(input.pitch !== undefined ? { pitch: input.pitch } : {}),
    ...(input.targetRoles !== undefined ? { targetRoles: input.targetRoles } : {}),
    ...(input.weeklyTargets !== undefined ? targetColumns(input.weeklyTargets) : {}),
    ...(input.startsOn !== undefined ? { startsOn: input.startsOn } : {}),
  };
}
