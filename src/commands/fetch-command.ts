import type { Logger } from 'pino';
import type { PollOutcome } from '../model/index.js';
import { leaseMsFor, runPollCycle } from '../scheduler/index.js';
import { type CommandIo, withPollDeps } from './with-app.js';

/**
 * `topicfeed fetch [--source ID]`: polls now (conditional GET), prints a line per source, exits 0
 * when the cycle ran; the stories without claims get them beside it (the claims backfill).
 */
export async function fetchCommand(
  configPath: string,
  sourceId: string | undefined,
  io: CommandIo,
  logger: Logger,
): Promise<number> {
  return withPollDeps(configPath, io, logger, async (deps, config, startBackfill) => {
    if (sourceId && !config.sources.some((s) => s.id === sourceId)) {
      io.err(`topicfeed: no source with id "${sourceId}" in ${config.file}\n`);
      return 1;
    }
    // Leased like the scheduler's polls: a source another `fetch` or poller holds is left to it.
    const sources = await deps.sources.leaseSources({
      owner: deps.pollerId,
      now: deps.now(),
      leaseMs: leaseMsFor(config),
      which: 'all',
      sourceId,
    });
    // Stories left without claims by a `fetch` or `run` stopped between a poll's commit and its
    // claims step get them now, in short batches beside the polls; the command waits for it.
    const backfill = startBackfill();
    const outcomes = await runPollCycle(sources, deps);
    await backfill.done;
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
