import { type SearchStore, SearchTimeoutError } from '../store/index.js';
import { runSearch, type SearchJob, type SearchResult, type SearchRunner } from './run-search.js';
import { SearchRefused } from './search-pool.js';

/**
 * Searches on the shared PostgreSQL store, with the limits SearchPool keeps on SQLite: at most
 * `concurrency` at once (more are refused at once: 429), each answered within `timeoutMs` (else
 * 503). The database bounds each statement (statement_timeout, set by the store); a search whose
 * answer is late keeps its slot until its last statement ends, so the limit holds.
 */
export class SharedSearch implements SearchRunner {
  private running = 0;

  constructor(
    private readonly store: SearchStore,
    private readonly options: { concurrency: number; timeoutMs: number },
  ) {}

  async run(job: SearchJob): Promise<SearchResult> {
    if (this.running >= this.options.concurrency)
      throw new SearchRefused('busy', 'too many searches at once');
    this.running += 1;
    const search = runSearch(this.store, job).finally(() => {
      this.running -= 1;
    });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new SearchRefused('timeout', `exceeded ${this.options.timeoutMs} ms`)),
        this.options.timeoutMs,
      );
    });
    try {
      return await Promise.race([search, deadline]);
    } catch (error) {
      if (error instanceof SearchTimeoutError)
        throw new SearchRefused('timeout', `exceeded ${this.options.timeoutMs} ms`);
      throw error;
    } finally {
      clearTimeout(timer);
      search.catch(() => undefined);
    }
  }

  async close(): Promise<void> {}
}
