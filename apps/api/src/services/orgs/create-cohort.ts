import type { Prisma } from "@traction/db";
import type { TCohort } from "@traction/schemas";
import { generateJoinCode } from "./join-code.ts";

export const COHORT_SELECT = { id: true, name: true, joinCode: true, startsOn: true, endsOn: true } as const;

/** A new cohort with a fresh join code (60 random bits: a collision is left to the unique index). Pass a transaction client. */
export async function createCohort(
  tx: Prisma.TransactionClient,
  orgId: string,
  input: { name: string; startsOn: Date; endsOn?: Date | null | undefined },
): Promise<TCohort> {
  const cohort = await tx.cohort.create({
    data: { orgId, name: input.name, startsOn: input.startsOn, endsOn: input.endsOn ?? null, joinCode: generateJoinCode() },
    select: COHORT_SELECT,
  });
  return { ...cohort, clients: 0 };
}
