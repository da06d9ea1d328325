/**
 * Concurrent requests for the same computation share it, without any of them
 * being answered from data older than the request.
 *
 * A computation that is already running may have read its data before a
 * request arrived, so the request does not join it: it waits for the next
 * computation of its key, which starts when the running one ends and answers
 * every request that arrived in the meantime. At most two computations of a
 * key are ever under way (one running, one waiting to start), however many
 * requests ask, and each request waits at most for the rest of the running
 * one and then its own. Nothing is kept once a computation has answered: this
 * is not a cache.
 *
 * A failed computation fails only the requests that shared it; the next one
 * starts afresh.
 */
export class SharedComputations<T> {
  readonly #running = new Map<string, Promise<T>>();
  readonly #waiting = new Map<string, Promise<T>>();
  #asked = 0;
  #started = 0;

  /** How many times a computation was asked for. */
  get asked(): number {
    return this.#asked;
  }

  /** How many computations have started: at most as many as were asked for, fewer when requests shared them. */
  get started(): number {
    return this.#started;
  }

  /** `compute` must compute the same thing for the same `key`: the first caller's runs for all who share it. */
  run(key: string, compute: () => Promise<T>): Promise<T> {
    this.#asked += 1;
    const waiting = this.#waiting.get(key);
    if (waiting) return waiting;
    const running = this.#running.get(key);
    if (!running) return this.#start(key, compute);
    // Once the running one has ended, however it ended.
    const startNext = () => {
      this.#waiting.delete(key);
      return this.#start(key, compute);
    };
    const next = running.then(startNext, startNext);
    this.#waiting.set(key, next);
    return next;
  }

  #start(key: string, compute: () => Promise<T>): Promise<T> {
    this.#started += 1;
    // A compute that throws before its first await fails its callers as a rejected promise, not this call.
    const computation: Promise<T> = new Promise<T>((resolve) => resolve(compute())).finally(() => {
      if (this.#running.get(key) === computation) this.#running.delete(key);
    });
    this.#running.set(key, computation);
    return computation;
  }
}
