import type { Logger } from 'pino';
import type { App } from '../app.js';
import type { Scheduler } from '../scheduler/index.js';

/** How long `run` lets the polls in flight finish after SIGTERM before aborting them. */
export const SHUTDOWN_GRACE_MS = 10_000;

function wait(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms).unref());
}

/**
 * Stops the tick and waits for the polls in flight; past the grace period, aborts their fetches
 * and parses (each is then recorded as that source's error) and waits for them to wind up.
 */
export async function stopPolling(
  scheduler: Scheduler,
  app: App,
  logger: Logger,
  graceMs = SHUTDOWN_GRACE_MS,
): Promise<void> {
  const stopped = scheduler.stop();
  if ((await Promise.race([stopped, wait(graceMs)])) !== 'timeout') return;
  logger.warn({ grace_ms: graceMs }, 'polls still running after the grace period; aborting them');
  app.abortPolls();
  await app.parsePool.close();
  await stopped;
}
