/**
 * Starts `work` on each item at most `window` items ahead of the one the caller takes: results wait in memory
 * only that far. A failure is thrown where its item is taken, never as an unhandled rejection before.
 */
export function* ahead<I, O>(items: readonly I[], work: (item: I) => O, window: number): Generator<O> {
  const started: O[] = [];
  let next = 0;
  for (let taken = 0; taken < items.length; taken++) {
    while (next < items.length && next <= taken + window) {
      const result = work(items[next++] as I);
      if (result instanceof Promise) result.catch(() => {});
      started.push(result);
    }
    yield started.shift() as O;
  }
}

/**
 * Runs up to `limit` jobs at once: `add` waits for a free place, `settled` waits for all; both throw the first
 * failure, and `add` starts no job after one.
 */
export function jobQueue(limit: number) {
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  const check = () => {
    if (failure) throw failure.error;
  };
  return {
    async add(job: () => Promise<void>) {
      check();
      const tracked: Promise<void> = job().then(
        () => void running.delete(tracked),
        (error: unknown) => {
          failure ??= { error };
          running.delete(tracked);
        },
      );
      running.add(tracked);
      while (running.size >= limit) await Promise.race(running);
      check();
    },
    async settled() {
      await Promise.all(running);
      check();
    },
    /** Waits for every job started, whatever became of them. */
    idle: async () => void (await Promise.all(running)),
  };
}
