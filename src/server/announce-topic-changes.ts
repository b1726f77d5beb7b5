import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import { feedUrls } from '../renderer/index.js';
import { pingWebsubHub } from './ping-websub-hub.js';

export type HubPing = (hub: string, feedUrl: string, timeoutMs: number) => Promise<void>;

const PING_TIMEOUT_MS = 10_000;

/**
 * After a poll changed some topics, pings the configured WebSub hub once per changed feed (each
 * topic in each format). A failing hub is logged (one line per announcement) and never thrown: it must not break a poll.
 */
export async function announceTopicChanges(
  config: Config,
  topics: Iterable<string>,
  logger: Logger,
  ping: HubPing = pingWebsubHub,
): Promise<void> {
  const hub = config.server.websubHub;
  if (!hub) return;
  const urls = [...topics].flatMap((topic) =>
    Object.values(feedUrls(config.server.baseUrl, topic)),
  );
  const results = await Promise.allSettled(urls.map((url) => ping(hub, url, PING_TIMEOUT_MS)));
  const failed = urls.filter((_, index) => results[index]?.status === 'rejected');
  const firstError = results.find((result) => result.status === 'rejected')?.reason;
  if (failed.length > 0)
    logger.warn(
      {
        hub,
        failed_feeds: failed,
        err: firstError instanceof Error ? firstError.message : String(firstError),
      },
      'websub ping failed',
    );
  logger.debug({ hub, feeds: urls.length }, 'websub hub pinged');
}
