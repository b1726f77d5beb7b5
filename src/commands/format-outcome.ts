import type { PollOutcome } from '../model/index.js';

/** One line of `fetch` output per source. */
export function formatOutcome(outcome: PollOutcome): string {
  const status = outcome.httpStatus === undefined ? '-' : String(outcome.httpStatus);
  const next = outcome.nextPollAt ? ` next=${outcome.nextPollAt.slice(0, 16)}Z` : '';
  const detail = outcome.error ? `  ${outcome.error}` : '';
  return `${outcome.sourceId.padEnd(24)} ${outcome.outcome.padEnd(12)} status=${status.padEnd(3)} new=${outcome.newEntries} updated=${outcome.updatedEntries} ${outcome.durationMs}ms${next}${detail}`;
}
