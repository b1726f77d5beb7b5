import type { Logger } from 'pino';
import { buildPollDeps } from '../app.js';
import type { PollOutcome } from '../model/index.js';
import { leaseMsFor, runPollCycle } from '../scheduler/index.js';
import { type CommandIo, withApp } from './with-app.js';

/** `topicfeed fetch [--source ID]`: polls now (conditional GET), prints a line per source, exits 0 when the cycle ran. */
export async function fetchCommand(
  configPath: string,
  sourceId: string | undefined,
  io: CommandIo,
  logger: Logger,
): Promise<number> {
  return withApp(configPath, io, logger, async (app) => {
    if (sourceId && !app.config.sources.some((s) => s.id === sourceId)) {
      io.err(`topicfeed: no source with id "${sourceId}" in ${app.config.file}\n`);
      return 1;
    }
    // Leased like the scheduler's polls: a source another `fetch` or poller holds is left to it.
    const deps = buildPollDeps(app);
    const sources = await deps.sources.leaseSources({
      owner: deps.pollerId,
      now: new Date(),
      leaseMs: leaseMsFor(app.config),
      which: 'all',
      sourceId,
    });
    const outcomes = await runPollCycle(sources, deps);
    for (const outcome of outcomes) io.out(`${formatOutcome(outcome)}\n`);
    const count = (kind: string) => outcomes.filter((o) => o.outcome === kind).length;
    io.out(
      `${outcomes.length} sources: ${count('new')} fetched, ${count('not-modified')} not modified, ${count('skipped')} skipped, ${count('error')} failed\n`,
    );
    return 0;
  });
}

/** One line of `fetch` output per source. */
function formatOutcome(outcome: PollOutcome): string {
  const status = outcome.httpStatus === undefined ? '-' : String(outcome.httpStatus);
  const next = outcome.nextPollAt ? ` next=${outcome.nextPollAt.slice(0, 16)}Z` : '';
  const detail = outcome.error ? `  ${outcome.error}` : '';
  return `${outcome.sourceId.padEnd(24)} ${outcome.outcome.padEnd(12)} status=${status.padEnd(3)} new=${outcome.newEntries} updated=${outcome.updatedEntries} ${outcome.durationMs}ms${next}${detail}`;
}
