import { Worker } from 'node:worker_threads';
import { buildWorkerOptions, type WorkerScript } from './resolve-worker-script.js';
import { stageOf, type WorkerReply, type WorkerRequest } from './worker-job.js';
import { WorkerJobError } from './worker-job-error.js';

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

  constructor(
    private readonly script: WorkerScript,
    private readonly maxHeapMb: number,
  ) {}

  run(request: WorkerRequest, deadlineMs: number): Promise<unknown> {
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
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== request.id) return;
        if ('error' in reply) settle(new WorkerJobError(reply.error, { kind }));
        else settle(undefined, reply.result);
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
