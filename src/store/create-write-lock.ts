/** Serializes the writes on one SQLite connection: a poll's transaction may span awaits. */
export interface WriteLock {
  run<T>(work: () => T | Promise<T>): Promise<T>;
}

/** A FIFO lock: each piece of work starts when the previous one has settled. */
export function createWriteLock(): WriteLock {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(work: () => T | Promise<T>): Promise<T> {
      const result = tail.then(work);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
