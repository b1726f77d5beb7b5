import { describe, expect, it } from 'vitest';
import type { SearchJob } from '../../src/server/run-search.js';
import { SearchRefused } from '../../src/server/search-pool.js';
import { SharedSearch } from '../../src/server/shared-search.js';
import { type SearchStore, SearchTimeoutError } from '../../src/store/index.js';

const JOB: SearchJob = { query: 'belarus*', minScore: 0, limit: 10 };

/** A tsquery store whose candidate query waits for `release` (or fails as told). */
function fakeStore(behaviour: { wait?: Promise<void>; fail?: Error }): SearchStore & {
  asked: string[];
} {
  const asked: string[] = [];
  return {
    dialect: 'tsquery',
    asked,
    syncIndex: async () => 0,
    async findCandidates(query) {
      asked.push(query);
      await behaviour.wait;
      if (behaviour.fail) throw behaviour.fail;
      return [];
    },
    readEntryTexts: async () => [],
  };
}

async function refusal(promise: Promise<unknown>): Promise<SearchRefused['reason'] | 'none'> {
  try {
    await promise;
    return 'none';
  } catch (error) {
    if (error instanceof SearchRefused) return error.reason;
    throw error;
  }
}

describe('searches on the shared PostgreSQL store', () => {
  it('asks the index with the tsquery of the topic query', async () => {
    const store = fakeStore({});
    expect(await new SharedSearch(store, { concurrency: 1, timeoutMs: 1_000 }).run(JOB)).toEqual({
      stories: [],
      checked: 0,
    });
    expect(store.asked).toEqual(["'belarus':*"]);
  });

  it('refuses a search beyond the concurrency as busy, until a running one ends', async () => {
    let release = () => {};
    const wait = new Promise<void>((resolve) => {
      release = resolve;
    });
    const search = new SharedSearch(fakeStore({ wait }), { concurrency: 1, timeoutMs: 5_000 });
    const first = search.run(JOB);
    expect(await refusal(search.run(JOB))).toBe('busy');
    release();
    await first;
    expect(await refusal(search.run(JOB))).toBe('none');
  });

  it('answers timeout past its deadline, and keeps the slot until the late search ends', async () => {
    let release = () => {};
    const wait = new Promise<void>((resolve) => {
      release = resolve;
    });
    const search = new SharedSearch(fakeStore({ wait }), { concurrency: 1, timeoutMs: 20 });
    expect(await refusal(search.run(JOB))).toBe('timeout');
    expect(await refusal(search.run(JOB))).toBe('busy');
    release();
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(await refusal(search.run(JOB))).toBe('none');
  });

  it('answers timeout when the database stops a statement (statement_timeout)', async () => {
    const fail = new SearchTimeoutError('find candidates');
    const search = new SharedSearch(fakeStore({ fail }), { concurrency: 1, timeoutMs: 5_000 });
    expect(await refusal(search.run(JOB))).toBe('timeout');
  });
});
