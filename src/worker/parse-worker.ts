/**
 * The pool worker's entry point: runs parseFeed + boundFeed, normalizeItem over one feed's
 * items, or both as one job on the feed's bytes (decodeFeedBytes first), or extractArticle on one
 * page, off the main thread, one job at a time. Started by createParsePool, never imported.
 */
import { parentPort } from 'node:worker_threads';
import { decodeFeedBytes } from '../fetcher/index.js';
import { normalizeItem } from '../normalizer/index.js';
import { boundFeed, parseFeed } from '../parser/index.js';
import type { WorkerJob, WorkerReply, WorkerRequest } from './parse-pool.js';

async function runJob(job: WorkerJob): Promise<unknown> {
  if (job.kind === 'parse') return boundFeed(await parseFeed(job.text), job.limits);
  if (job.kind === 'feed') {
    const { text } = decodeFeedBytes(job.bytes, job.contentType);
    const feed = boundFeed(await parseFeed(text), job.limits);
    const context = { ...job.context, feedLink: feed.link };
    const entries = feed.items.map((item) => normalizeItem(item, context));
    return { feed: { ...feed, items: [] }, entries };
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
    return { id: request.id, result: await runJob(request.job) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  void answer(request).then((reply) => parentPort?.postMessage(reply));
});
