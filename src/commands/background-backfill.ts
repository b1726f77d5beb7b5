import type { Logger } from 'pino';
import type { App } from '../app.js';
import type { PostgresApp } from '../postgres-app.js';
import { backfillStoryClaims, computeStoryClaims } from '../provenance/index.js';
import { backfillPostgresStoryClaims } from '../store/index.js';

/** A backfill running in the background, stopped at shutdown. */
export interface BackgroundBackfill {
  stop: AbortController;
  done: Promise<void>;
}

/**
 * Starts the claims backfill of either backend (`backfill` gets the abort signal and the
 * per-story error reporter, and resolves to how many stories it filled) and logs its outcome;
 * `done` never rejects, so shutdown can always await it.
 */
export function startBackgroundBackfill(
  logger: Logger,
  backfill: (
    signal: AbortSignal,
    onError: (storyId: number, error: unknown) => void,
  ) => Promise<number>,
): BackgroundBackfill {
  const stop = new AbortController();
  const done = backfill(stop.signal, (storyId, error) =>
    logger.warn({ story: storyId, err: error }, 'provenance: story claims could not be computed'),
  )
    .then((stories) => {
      if (stories > 0) logger.info({ stories }, 'provenance: story claims backfilled');
    })
    .catch((error: unknown) => logger.error({ err: error }, 'provenance: claims backfill failed'));
  return { stop, done };
}

/**
 * Stories without stored claims (stored before claims existed, or left so by a process stopped
 * between a poll's commit and its claims step) get them in the background, in the backfill's
 * short batches under the write lock; `run` starts it, and `fetch` beside its poll cycle.
 */
export function startSqliteClaimsBackfill(app: App, logger: Logger): BackgroundBackfill {
  return startBackgroundBackfill(logger, (signal, onError) =>
    backfillStoryClaims(app.db, {
      now: () => new Date(),
      write: (work) => app.writeLock.run(work),
      signal,
      onError,
    }),
  );
}

/** The same on the shared store, by one instance of those sharing it (backfillPostgresStoryClaims). */
export function startPostgresClaimsBackfill(app: PostgresApp): BackgroundBackfill {
  return startBackgroundBackfill(app.logger, (signal, onError) =>
    backfillPostgresStoryClaims(app.pool, {
      compute: computeStoryClaims,
      now: () => new Date(),
      signal,
      onError,
    }),
  );
}
