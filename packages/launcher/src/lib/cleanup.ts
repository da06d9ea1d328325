/** What to undo on the way out, last started first; a failing task is reported and the others still run. */
import { warn } from "./log.ts";

export class Cleanup {
  private readonly tasks: Array<() => Promise<void>> = [];

  add(task: () => Promise<void>): void {
    this.tasks.push(task);
  }

  async run(): Promise<void> {
    for (const task of this.tasks.splice(0).reverse()) {
      try {
        await task();
      } catch (error) {
        warn(`while stopping: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
