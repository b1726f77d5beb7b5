import { createTask } from 'node-cron';
import type { PollDeps } from '../ingest/index.js';
import { leaseMsFor, runPollCycle } from './run-poll-cycle.js';

export interface Scheduler {
  /** Runs one tick now (also used at start-up); resolves when its polls are done. */
  tick(): Promise<void>;
  /** Stops the cron task and waits for the polls in flight. */
  stop(): Promise<void>;
}

/**
 * A node-cron task that, on each tick, leases the sources that are due (other pollers sharing the
 * store take the rest) and polls them; ticks never overlap.
 */
export function startScheduler(deps: PollDeps): Scheduler {
  let running: Promise<void> | undefined;
  let stopped = false;
  const cycle = async () => {
    const due = await deps.sources.leaseSources({
      owner: deps.pollerId,
      now: deps.now(),
      leaseMs: leaseMsFor(deps.config),
      which: 'due',
    });
    deps.logger.debug({ due: due.length }, 'scheduler tick');
    await runPollCycle(due, deps);
  };
  const tick = (): Promise<void> => {
    if (running || stopped) return running ?? Promise.resolve();
    running = cycle()
      .then(() => undefined)
      .catch((error: unknown) => deps.logger.error({ err: error }, 'poll cycle failed'))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const task = createTask(deps.config.poll.schedule, () => tick(), {
    name: 'topicfeed-poll',
    noOverlap: true,
  });
  task.start();
  return {
    tick,
    async stop() {
      stopped = true;
      await task.stop();
      await task.destroy();
      await running;
    },
  };
}
