import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import { feedUrls } from '../renderer/index.js';

/** Tells a hub that one feed changed (replaced in tests). */
export type HubPing = (hub: string, feedUrl: string, timeoutMs: number) => Promise<void>;

const PING_TIMEOUT_MS = 10_000;

/**
 * After a poll changed some topics, pings the configured WebSub hub once per changed feed (each
 * topic in each format). A failing hub is logged (one line per announcement) and never thrown:
 * it must not break a poll.
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

/** Tells a WebSub hub that a feed changed: `POST hub.mode=publish&hub.url=<feed>`; 2xx is success. */
async function pingWebsubHub(hub: string, feedUrl: string, timeoutMs: number): Promise<void> {
  const context = { hub, feedUrl };
  let response: Response;
  try {
    response = await fetch(hub, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': feedUrl }).toString(),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    throw new WebsubError('unable to reach the hub', context, { cause: error });
  }
  await response.body?.cancel();
  if (!response.ok)
    throw new WebsubError(`hub answered HTTP ${response.status}`, {
      ...context,
      status: response.status,
    });
}

/** A WebSub hub that could not be told about a feed update. */
class WebsubError extends Error {
  override readonly name = 'WebsubError';
  readonly hub: string;
  readonly feedUrl: string;
  readonly status?: number;

  constructor(
    message: string,
    context: { hub: string; feedUrl: string; status?: number },
    options?: { cause?: unknown },
  ) {
    super(`websub: ${message}`, options);
    this.hub = context.hub;
    this.feedUrl = context.feedUrl;
    this.status = context.status;
  }
}
