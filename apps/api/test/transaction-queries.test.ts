/**
 * A transaction holds one connection, and a connection answers one query at a
 * time. Prisma's query interpreter fetches a record's relations at once
 * (`Promise.all` over a join's children); node-postgres still queues a query
 * sent while another runs, but only as a deprecated courtesy that pg@9
 * removes. The adapter's transaction (patches/@prisma__adapter-pg) sends them
 * one after another, which this test holds on every `pg` client.
 */
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useTestApp } from "./helpers/app.ts";

const context = useTestApp();

/** The most queries any one client had sent and not yet seen answered, while `run` ran. */
async function mostAtOnce(run: () => Promise<unknown>): Promise<number> {
  const inFlight = new Map<pg.Client, number>();
  let most = 0;
  // The unspied method, called on whichever client the adapter calls it on.
  const query = Object.getOwnPropertyDescriptor(pg.Client.prototype, "query")!.value as (...args: unknown[]) => unknown;
  vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const result = query.apply(this, args);
    if (!(result instanceof Promise)) return result as never;
    inFlight.set(this, (inFlight.get(this) ?? 0) + 1);
    most = Math.max(most, inFlight.get(this)!);
    const settled = () => inFlight.set(this, inFlight.get(this)! - 1);
    result.then(settled, settled);
    return result as never;
  });
  await run();
  return most;
}

afterEach(() => vi.restoreAllMocks());

describe("queries in a transaction", () => {
  it("go one at a time, even when Prisma reads a record's relations at once", async () => {
    const { db } = context.app;
    const owner = await db.user.create({
      data: { email: `tx-${Date.now()}@example.test`, name: "Tx", passwordHash: "not a real hash", role: "JOBSEEKER" },
    });
    await db.venue.create({ data: { ownerId: owner.id, name: "Library meetup", kind: "PROFESSIONAL_ASSOCIATION" } });
    await db.contact.create({ data: { ownerId: owner.id, name: "Ada" } });
    const read = (client: typeof db | Parameters<Parameters<typeof db.$transaction>[0]>[0]) =>
      client.user.findUniqueOrThrow({ where: { id: owner.id }, include: { venues: true, contacts: true } });

    // Outside a transaction each relation may take a connection of its own.
    const alone = await read(db);
    expect(alone.venues).toHaveLength(1);
    expect(alone.contacts).toHaveLength(1);

    let inside: Awaited<ReturnType<typeof read>> | undefined;
    const most = await mostAtOnce(() => db.$transaction(async (tx) => (inside = await read(tx))));
    expect(inside).toEqual(alone);
    expect(most).toBe(1);
  });
});
