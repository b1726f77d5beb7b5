import path from 'node:path';
import { openBenchApp } from './app.js';
import { loadArticles } from './articles.js';
import { seedStore } from './seed-store.js';
import { elapsedMs, roundTo } from './stats.js';

export interface SeededStore {
  count: number;
  /** Absolute path of the SQLite file (closed, checkpointed). */
  dbFile: string;
  sourceIds: string[];
  newest: Date;
  poolSize: number;
  buildSeconds: number;
}

export interface SeededStores {
  /** The store with `count` entries, built on first use and then shared by the scenarios. */
  get(count: number): Promise<SeededStore>;
  removeAll(): void;
}

const SOURCE_IDS = Array.from({ length: 10 }, (_, i) => `seed-${i}`);

export function createSeededStores(poolSize: number, log: (line: string) => void): SeededStores {
  const built = new Map<number, SeededStore>();
  const removers: (() => void)[] = [];
  return {
    async get(count) {
      const known = built.get(count);
      if (known) return known;
      const sources = [...SOURCE_IDS, 'probe'].map((id) => ({
        id,
        url: `https://${id}.example.org/feed`,
      }));
      const bench = await openBenchApp(`store-${count}`, sources);
      const newest = new Date();
      const start = process.hrtime.bigint();
      const spec = {
        articles: loadArticles(),
        sourceIds: SOURCE_IDS,
        count,
        newest,
        spanDays: 80,
        poolSize,
      };
      seedStore(bench.app.db, bench.app.config, spec);
      bench.app.close();
      removers.push(bench.remove);
      const store = {
        count,
        dbFile: path.join(bench.dir, 'bench.db'),
        sourceIds: SOURCE_IDS,
        newest,
        poolSize,
        buildSeconds: roundTo(elapsedMs(start) / 1000, 1),
      };
      log(`seeded a store of ${count} entries in ${store.buildSeconds} s`);
      built.set(count, store);
      return store;
    },
    removeAll() {
      for (const remove of removers) remove();
    },
  };
}
