import type { PollDeps } from '../ingest/index.js';
import { pollSource } from '../ingest/index.js';
import type { PollOutcome } from '../model/index.js';
import type { SourceRow } from '../store/index.js';
import { createHostLimiter } from './host-limiter.js';

function hostOf(url: string): string {
  try {
    return new URL(url).host || 'local-file';
  } catch {
    return 'invalid-url';
  }
}

/** Polls the given sources at once, at most `concurrency` in all and `per_host` per host. */
export async function runPollCycle(
  sources: readonly SourceRow[],
  deps: PollDeps,
): Promise<PollOutcome[]> {
  const limiter = createHostLimiter(deps.config.poll.perHost, deps.config.poll.concurrency);
  const polls = sources.map((source) =>
    limiter.run(hostOf(source.url), async () => {
      const outcome = await pollSource(source, deps);
      deps.onPolled?.(outcome);
      return outcome;
    }),
  );
  return Promise.all(polls);
}
