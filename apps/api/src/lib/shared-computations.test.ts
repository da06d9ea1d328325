import { describe, expect, it } from "vitest";
import { SharedComputations } from "./shared-computations.ts";

/** A computation the test finishes by hand, counting its starts. */
function controlled() {
  const runs: Array<{ resolve: (value: number) => void; reject: (error: Error) => void }> = [];
  const compute = () =>
    new Promise<number>((resolve, reject) => {
      runs.push({ resolve, reject });
    });
  return { runs, compute };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe("SharedComputations", () => {
  it("starts a computation for the first caller of a key", async () => {
    const shared = new SharedComputations<number>();
    const { runs, compute } = controlled();
    const first = shared.run("a", compute);
    expect(runs).toHaveLength(1);
    runs[0]!.resolve(1);
    await expect(first).resolves.toBe(1);
    expect({ asked: shared.asked, started: shared.started }).toEqual({ asked: 1, started: 1 });
  });

  it("never joins a running computation: later callers share the next one, started when it ends", async () => {
    const shared = new SharedComputations<number>();
    const { runs, compute } = controlled();
    const first = shared.run("a", compute);
    const later = [shared.run("a", compute), shared.run("a", compute), shared.run("a", compute)];
    // The next computation waits for the running one to end.
    await settled();
    expect(runs).toHaveLength(1);
    runs[0]!.resolve(1);
    await expect(first).resolves.toBe(1);
    await settled();
    expect(runs).toHaveLength(2);
    // A caller arriving while the second runs waits for a third.
    const last = shared.run("a", compute);
    runs[1]!.resolve(2);
    expect(await Promise.all(later)).toEqual([2, 2, 2]);
    await settled();
    expect(runs).toHaveLength(3);
    runs[2]!.resolve(3);
    await expect(last).resolves.toBe(3);
    expect({ asked: shared.asked, started: shared.started }).toEqual({ asked: 5, started: 3 });
  });

  it("keeps keys apart", async () => {
    const shared = new SharedComputations<number>();
    const { runs, compute } = controlled();
    const a = shared.run("a", compute);
    const b = shared.run("b", compute);
    expect(runs).toHaveLength(2);
    runs[1]!.resolve(20);
    runs[0]!.resolve(10);
    expect(await Promise.all([a, b])).toEqual([10, 20]);
  });

  it("fails only the callers that shared a failed computation, and starts afresh", async () => {
    const shared = new SharedComputations<number>();
    const { runs, compute } = controlled();
    const first = shared.run("a", compute);
    const second = shared.run("a", compute);
    runs[0]!.reject(new Error("connection lost"));
    await expect(first).rejects.toThrow("connection lost");
    await settled();
    runs[1]!.resolve(2);
    await expect(second).resolves.toBe(2);
    const third = shared.run("a", compute);
    expect(runs).toHaveLength(3);
    runs[2]!.resolve(3);
    await expect(third).resolves.toBe(3);
  });

  it("turns a computation that throws at once into a rejection, and keeps nothing after it", async () => {
    const shared = new SharedComputations<number>();
    const broken = () => {
      throw new Error("bad input");
    };
    await expect(shared.run("a", broken)).rejects.toThrow("bad input");
    await expect(shared.run("a", () => Promise.resolve(4))).resolves.toBe(4);
    expect(shared.started).toBe(2);
  });
});
