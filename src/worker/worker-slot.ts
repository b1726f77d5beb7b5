import type { Worker } from 'node:worker_threads';
import {
  stageOf,
  type WorkerAck,
  WorkerJobError,
  type WorkerReply,
  type WorkerRequest,
} from './worker-messages.js';

/** A feed job's result with the entries its chunks carried (any other result as it is). */
function withChunks(result: unknown, chunks: unknown[][]): unknown {
  if (chunks.length === 0) return result;
  return { ...(result as object), entries: chunks.flat() };
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))}s`;
}

/**
 * One pool worker, started on first use, running one job at a time. A job past its deadline
 * (or a worker that dies) costs the worker: it is terminated and a fresh one starts next time.
 * An idle worker is unref'd so it never keeps the process alive.
 */
export class WorkerSlot {
  busy = false;
  private worker: Worker | undefined;

  constructor(private readonly start: () => Worker) {}

  run(request: WorkerRequest, deadlineMs: number, transfer: ArrayBuffer[] = []): Promise<unknown> {
    const { kind } = request.job;
    const fail = (message: string, cause?: unknown) =>
      new WorkerJobError(`${stageOf(request.job)}: ${message}`, { kind, cause });
    const worker = this.startWorker();
    this.busy = true;
    worker.ref();
    return new Promise<unknown>((resolve, reject) => {
      const settle = (error: Error | undefined, result?: unknown) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onFailure).off('exit', onExit);
        this.busy = false;
        if (this.worker === worker) worker.unref();
        if (error) reject(error);
        else resolve(result);
      };
      const chunks: unknown[][] = [];
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== request.id) return;
        if ('chunk' in reply) {
          chunks.push(reply.chunk);
          worker.postMessage({ ack: request.id } satisfies WorkerAck);
        } else if ('error' in reply) settle(new WorkerJobError(reply.error, { kind }));
        else settle(undefined, withChunks(reply.result, chunks));
      };
      const onFailure = (error: Error) => {
        this.discard(worker);
        settle(fail(`worker failed: ${error.message}`, error));
      };
      const onExit = (code: number) => {
        this.discard(worker);
        settle(fail(`worker exited with code ${code}`));
      };
      const timer = setTimeout(() => {
        this.discard(worker);
        settle(fail(`${kind} exceeded deadline of ${formatSeconds(deadlineMs)}`));
      }, deadlineMs);
      worker.on('message', onMessage).on('error', onFailure).on('exit', onExit);
      worker.postMessage(request, transfer);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private startWorker(): Worker {
    this.worker ??= this.start();
    return this.worker;
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }
}
