/**
 * The pool worker's entry point: runs parseFeed + boundFeed, normalizeItem over one feed's
 * items, or both as one job on the feed's bytes (decodeFeedBytes first, each entry prepared for
 * the store step after normalizeItem: prepareEntry), or extractArticle on one
 * page, off the main thread, one job at a time. Started by createParsePool, never imported.
 */
import { parentPort } from 'node:worker_threads';
import { decodeFeedBytes } from '../fetcher/index.js';
import { normalizeItem } from '../normalizer/index.js';
import { boundFeed, parseFeed } from '../parser/index.js';
import { type PreparedEntry, prepareEntry } from './prepare-entry.js';
import type { WorkerAck, WorkerJob, WorkerReply, WorkerRequest } from './worker-messages.js';

/**
 * About how many characters of entries one message carries: the main thread deserializes each
 * message in one go, so a 20 MB feed sent whole would stall its event loop.
 */
const CHUNK_CHARS = 256 * 1024;

/** Resolves the wait of the job with this id for the pool's ack of its last chunk. */
const pendingAcks = new Map<number, () => void>();

/** The characters an entry's message carries, about; the folded words count as the text's length. */
function entryChars({ entry, preparation }: PreparedEntry): number {
  const prepared = preparation
    ? (preparation.reading?.length ?? 0) +
      preparation.fingerprint.features.length +
      entry.text.length +
      entry.title.length
    : 0;
  return entry.contentHtml.length + entry.text.length + entry.summary.length + 512 + prepared;
}

/** The entries in runs of about CHUNK_CHARS characters (at least one entry each). */
function* chunksOf(entries: readonly PreparedEntry[]): Generator<PreparedEntry[]> {
  let chunk: PreparedEntry[] = [];
  let chars = 0;
  for (const entry of entries) {
    if (chunk.length > 0 && chars + entryChars(entry) > CHUNK_CHARS) {
      yield chunk;
      chunk = [];
      chars = 0;
    }
    chunk.push(entry);
    chars += entryChars(entry);
  }
  if (chunk.length > 0) yield chunk;
}

/** Sends the entries of job `id` one chunk at a time, each after the pool acknowledged the last. */
async function sendEntries(id: number, entries: readonly PreparedEntry[]): Promise<void> {
  for (const chunk of chunksOf(entries)) {
    const acked = new Promise<void>((resolve) => pendingAcks.set(id, resolve));
    parentPort?.postMessage({ id, chunk } satisfies WorkerReply);
    await acked;
  }
}

async function runJob(id: number, job: WorkerJob): Promise<unknown> {
  if (job.kind === 'parse') return boundFeed(await parseFeed(job.text), job.limits);
  if (job.kind === 'feed') {
    const { text } = decodeFeedBytes(job.bytes, job.contentType);
    const feed = boundFeed(await parseFeed(text), job.limits);
    const context = { ...job.context, feedLink: feed.link };
    // Word keys read once per job (provenance's reading; the same with or without the cache).
    const words = new Map<string, string[]>();
    await sendEntries(
      id,
      feed.items.map((item) => {
        const entry = normalizeItem(item, context);
        return { entry, preparation: prepareEntry(entry, words) };
      }),
    );
    return { feed: { ...feed, items: [] }, entries: [] };
  }
  if (job.kind === 'extract') {
    // Loaded on the first extract job: a daemon without full_text sources never loads the DOM.
    const { extractArticle } = await import('./extract-article.js');
    return extractArticle(job.html, job.url, job.title, job.limits);
  }
  return job.items.map((item) => normalizeItem(item, job.context));
}

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  try {
    return { id: request.id, result: await runJob(request.id, request.job) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', (message: WorkerRequest | WorkerAck) => {
  if ('ack' in message) {
    pendingAcks.get(message.ack)?.();
    pendingAcks.delete(message.ack);
    return;
  }
  void answer(message).then((reply) => parentPort?.postMessage(reply));
});
