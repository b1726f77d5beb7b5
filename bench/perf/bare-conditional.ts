import { Agent, request } from 'undici';
import { elapsedMs } from './stats.js';

/**
 * The bare floor of a warm poll cycle: plain undici requests to the same URLs with the same
 * If-None-Match validators, `concurrency` at a time, each body drained. The ETags are learned by
 * one unconditional GET per URL first (not timed). Returns the milliseconds of the conditional
 * pass and how many answered 304.
 */
export async function runBareConditional(
  urls: readonly string[],
  concurrency: number,
): Promise<{ ms: number; notModified: number }> {
  const agent = new Agent({ connections: concurrency });
  try {
    const etags = await mapLimited(urls, concurrency, async (url) => {
      const res = await request(url, { dispatcher: agent });
      await res.body.dump();
      return String(res.headers.etag ?? '');
    });
    const start = process.hrtime.bigint();
    const statuses = await mapLimited(urls, concurrency, async (url, i) => {
      const headers = { 'if-none-match': etags[i] as string };
      const res = await request(url, { dispatcher: agent, headers });
      await res.body.dump();
      return res.statusCode;
    });
    const ms = elapsedMs(start);
    return { ms, notModified: statuses.filter((status) => status === 304).length };
  } finally {
    await agent.close();
  }
}

async function mapLimited<T>(
  items: readonly string[],
  limit: number,
  work: (item: string, index: number) => Promise<T>,
): Promise<T[]> {
  const results = new Array<T>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as string, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
