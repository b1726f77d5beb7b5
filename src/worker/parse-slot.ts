import { Worker } from 'node:worker_threads';
import type { ParsedFeed } from '../model/parsed-feed.js';
import { ParseError } from '../parser/parse-error.js';
import type { ParseJobReply, ParseJobRequest } from './parse-job.js';
import { buildWorkerOptions, type WorkerScript } from './resolve-worker-script.js';

const STAGE_PREFIX = 'parser: ';

function toParseError(message: string): ParseError {
  const text = message.startsWith(STAGE_PREFIX) ? message.slice(STAGE_PREFIX.length) : message;
  return new ParseError(text);
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))}s`;
}

/**
 * One parse worker, started on first use, running one job at a time. A job past its deadline
 * (or a worker that dies) costs the worker: it is terminated and a fresh one starts next time.
 * An idle worker is unref'd so it never keeps the process alive.
 */
export class ParseSlot {
  busy = false;
  private worker: Worker | undefined;

  constructor(
    private readonly script: WorkerScript,
    private readonly maxHeapMb: number,
  ) {}

  run(request: ParseJobRequest, deadlineMs: number): Promise<ParsedFeed> {
    const worker = this.startWorker();
    this.busy = true;
    worker.ref();
    return new Promise<ParsedFeed>((resolve, reject) => {
      const settle = (error: Error | undefined, feed?: ParsedFeed) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onFailure).off('exit', onExit);
        this.busy = false;
        if (this.worker === worker) worker.unref();
        if (error) reject(error);
        else resolve(feed as ParsedFeed);
      };
      const onMessage = (reply: ParseJobReply) => {
        if (reply.id !== request.id) return;
        settle(
          'error' in reply ? toParseError(reply.error) : undefined,
          'feed' in reply ? reply.feed : undefined,
        );
      };
      const onFailure = (error: Error) => {
        this.discard(worker);
        settle(new ParseError(`parse worker failed: ${error.message}`, { cause: error }));
      };
      const onExit = (code: number) => {
        this.discard(worker);
        settle(new ParseError(`parse worker exited with code ${code}`));
      };
      const timer = setTimeout(() => {
        this.discard(worker);
        settle(new ParseError(`parse exceeded deadline of ${formatSeconds(deadlineMs)}`));
      }, deadlineMs);
      worker.on('message', onMessage).on('error', onFailure).on('exit', onExit);
      worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private startWorker(): Worker {
    this.worker ??= new Worker(this.script.target, buildWorkerOptions(this.script, this.maxHeapMb));
    return this.worker;
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }
}
