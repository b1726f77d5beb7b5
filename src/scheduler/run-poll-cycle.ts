import type { Config } from '../config/index.js';
import type { PollDeps } from '../ingest/index.js';
import { pollSource } from '../ingest/index.js';
import type { PollOutcome } from '../model/index.js';
import type { SourceRow } from '../store/index.js';

/**
 * How long a poller holds a leased source: the fetch, the article pages (up to three poll
 * timeouts), the parse, the store, with room to spare. A lease not released by then (the poller
 * crashed) is free again for any poller.
 */
export function leaseMsFor(config: Config): number {
  return config.poll.timeoutMs * 6 + 60_000;
}

/**
 * Polls the given (leased) sources at once, at most `concurrency` in all and `per_host` per host;
 * each source's lease is renewed as its poll starts (or the source skipped when another poller
 * took it meanwhile) and released when its poll is recorded.
 */
export async function runPollCycle(
  sources: readonly SourceRow[],
  deps: PollDeps,
): Promise<PollOutcome[]> {
  const limiter = createHostLimiter(deps.config.poll.perHost, deps.config.poll.concurrency);
  const polls = sources.map((source) =>
    limiter.run(hostOf(source.url), async () => {
      try {
        const leaseMs = leaseMsFor(deps.config);
        const held = await deps.sources
          .renewLease(source.id, deps.pollerId, deps.now(), leaseMs)
          .catch((error: unknown) => {
            deps.logger.warn({ source_id: source.id, err: error }, 'lease not renewed');
            return false;
          });
        if (!held) return lostLease(source.id);
        const outcome = await pollSource(source, deps);
        deps.onPolled?.(outcome);
        return outcome;
      } finally {
        await deps.sources
          .releaseLease(source.id, deps.pollerId)
          .catch((error: unknown) =>
            deps.logger.warn({ source_id: source.id, err: error }, 'lease not released'),
          );
      }
    }),
  );
  return Promise.all(polls);
}

/** A source whose lease expired while it waited in the queue and went to another poller. */
function lostLease(sourceId: string): PollOutcome {
  return {
    sourceId,
    outcome: 'skipped',
    newEntries: 0,
    updatedEntries: 0,
    durationMs: 0,
    error: 'scheduler: leased by another poller meanwhile',
  };
}

/** The key the per-host limit counts by: the URL's host (a `file:` URL has none). */
function hostOf(url: string): string {
  try {
    return new URL(url).host || 'local-file';
  } catch {
    return 'invalid-url';
  }
}

export interface HostLimiter {
  /** Runs `fn` once fewer than `perHost` calls for `host` and fewer than `total` calls run. */
  run<T>(host: string, fn: () => Promise<T>): Promise<T>;
}

interface Waiter {
  host: string;
  start: () => void;
}

/** A FIFO limiter: at most `perHost` tasks per host and `total` tasks in all at once. */
export function createHostLimiter(perHost: number, total: number): HostLimiter {
  const active = new Map<string, number>();
  const waiters: Waiter[] = [];
  let running = 0;

  const canStart = (host: string) => running < total && (active.get(host) ?? 0) < perHost;
  const acquire = (host: string) => {
    running += 1;
    active.set(host, (active.get(host) ?? 0) + 1);
  };
  const release = (host: string) => {
    running -= 1;
    const left = (active.get(host) ?? 1) - 1;
    if (left === 0) active.delete(host);
    else active.set(host, left);
    for (let i = 0; i < waiters.length && running < total; ) {
      const waiter = waiters[i] as Waiter;
      if (!canStart(waiter.host)) i += 1;
      else waiters.splice(i, 1)[0]?.start();
    }
  };

  const run = <T>(host: string, fn: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const start = () => {
        acquire(host);
        Promise.resolve()
          .then(fn)
          .then(resolve, reject)
          .finally(() => release(host));
      };
      if (canStart(host)) start();
      else waiters.push({ host, start });
    });
  return { run };
}
