import type { Logger } from 'pino';

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
