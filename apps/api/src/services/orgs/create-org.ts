import type { Prisma } from "@traction/db";
import type { TOrg } from "@traction/schemas";

/** A coach creates an organisation and becomes its first admin. Pass a transaction client. */
export async function createOrg(tx: Prisma.TransactionClient, coachId: string, name: string): Promise<TOrg> {
  const org = await tx.organisation.create({
    data: { name, members: { create: { userId: coachId, role: "ADMIN" } } },
    select: { id: true, name: true, createdAt: true },
  });
  return { ...org, role: "ADMIN" };
}
