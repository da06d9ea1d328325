/**
 * Creates pg-boss queues at start-up, safely when several API processes start
 * at once on one database: pg-boss's `createQueue` is an insert plus a
 * partition, and two processes creating the same queue can deadlock (40P01)
 * or collide on its name (23505). Either way the other process is creating
 * it: wait a moment and look again, a few times.
 */
import type PgBoss from "pg-boss";

const RETRYABLE = new Set(["40P01", "23505", "40001"]);
const ATTEMPTS = 5;

export async function createQueues(boss: PgBoss, names: readonly string[]): Promise<void> {
  for (const name of names) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await boss.createQueue(name);
        break;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (!code || !RETRYABLE.has(code) || attempt === ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
        if (await boss.getQueue(name)) break;
      }
    }
  }
}
