/**
 * The time `topicfeed fetch` takes as now: the machine's clock, or, with `TOPICFEED_NOW` set to an
 * ISO 8601 time, a clock that starts there and runs on. For replaying feeds archived in the past
 * or written ahead of the machine's clock: a feed's date after now is clamped to now
 * (docs/polling.md), so a corpus dated next month read today would lose its dates. The
 * evaluation reads each corpus as of just after its newest entry (test/helpers/evaluate-corpus.ts),
 * so its figures do not depend on the day they are run.
 */
export const CLOCK_VARIABLE = 'TOPICFEED_NOW';

/** The clock `env` sets; an error naming the variable when its value is not an ISO 8601 time. */
export function readClock(env: NodeJS.ProcessEnv): () => Date {
  const raw = env[CLOCK_VARIABLE]?.trim();
  if (raw === undefined || raw === '') return () => new Date();
  const start = /^\d{4}-\d{2}-\d{2}T/u.test(raw) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(start))
    throw new Error(
      `${CLOCK_VARIABLE}: not an ISO 8601 time (like 2027-03-01T00:00:00Z): ${JSON.stringify(raw.slice(0, 80))}`,
    );
  const offset = start - Date.now();
  return () => new Date(Date.now() + offset);
}
