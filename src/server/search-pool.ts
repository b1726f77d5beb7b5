import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker/index.js';
import type { SearchJob, SearchResult, SearchRunner } from './run-search.js';

/** Why a search was not answered: every worker busy (429) or past its deadline (503). */
export class SearchRefused extends Error {
  override readonly name = 'SearchRefused';
  readonly reason: 'busy' | 'timeout';

  constructor(reason: 'busy' | 'timeout', message: string) {
    super(`search: ${message}`);
    this.reason = reason;
  }
}

interface Reply {
  id: number;
  result?: SearchResult;
  error?: string;
}

/** One worker and the search it runs, if any. */
class SearchSlot {
  private worker?: Worker;
  busy = false;

  constructor(private readonly database: string) {}

  run(id: number, job: SearchJob, timeoutMs: number): Promise<SearchResult> {
    this.busy = true;
    const worker = this.start();
    return new Promise<SearchResult>((resolve, reject) => {
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        this.busy = false;
        settle();
      };
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        finish(() =>
          reply.result ? resolve(reply.result) : reject(new Error(`search: ${reply.error}`)),
        );
      };
      const onError = (error: Error) => {
        this.discard(worker);
        finish(() => reject(new Error(`search: worker failed: ${error.message}`)));
      };
      const timer = setTimeout(() => {
        // A search past its deadline is stopped with its worker; the next search starts another.
        this.discard(worker);
        finish(() => reject(new SearchRefused('timeout', `exceeded ${timeoutMs} ms`)));
      }, timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    this.worker ??= startSearchWorker(this.database);
    return this.worker;
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }
}

/**
 * Searches off the main thread: at most `concurrency` at once, each in its own worker with its
 * own database connection, each stopped at `timeoutMs`. A search beyond the limit is refused at
 * once (the client retries) rather than queued behind slow ones.
 */
export class SearchPool implements SearchRunner {
  private readonly slots: SearchSlot[];
  private nextId = 1;

  constructor(
    database: string,
    private readonly options: { concurrency: number; timeoutMs: number },
  ) {
    this.slots = Array.from({ length: options.concurrency }, () => new SearchSlot(database));
  }

  run(job: SearchJob): Promise<SearchResult> {
    const slot = this.slots.find((candidate) => !candidate.busy);
    if (!slot) {
      return Promise.reject(new SearchRefused('busy', 'too many searches at once'));
    }
    return slot.run(this.nextId++, job, this.options.timeoutMs);
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.close()));
  }
}

/** The search worker (`search-worker.ts`, or `.js` from dist) on its own heap cap. */
function startSearchWorker(database: string): Worker {
  return startWorker(import.meta.url, 'search-worker', {
    workerData: { database },
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
}
