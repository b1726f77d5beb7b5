/**
 * The parse worker's entry point: runs parseFeed + boundFeed off the main thread, one job at a
 * time. Started by createParsePool; never imported by the main thread's code.
 */
import { parentPort } from 'node:worker_threads';
import { boundFeed } from '../parser/bound-feed.js';
import { parseFeed } from '../parser/parse-feed.js';
import type { ParseJobReply, ParseJobRequest } from './parse-job.js';

async function runJob(request: ParseJobRequest): Promise<ParseJobReply> {
  try {
    const feed = await parseFeed(request.text);
    return { id: request.id, feed: boundFeed(feed, request.limits) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { id: request.id, error: message };
  }
}

parentPort?.on('message', (request: ParseJobRequest) => {
  void runJob(request).then((reply) => parentPort?.postMessage(reply));
});
