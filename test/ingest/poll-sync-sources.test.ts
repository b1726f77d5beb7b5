import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SourceConfig } from '../../src/config/index.js';
import {
  type Db,
  getSource,
  migrate,
  openDatabase,
  recordPoll,
  syncSources,
} from '../../src/store/index.js';

const MIGRATIONS = path.resolve(import.meta.dirname, '../../migrations');
const base: SourceConfig = {
  id: 'gone',
  url: 'https://example.org/feed',
  intervalMs: 1_800_000,
  preferred: false,
};
let db: Db;

/** Syncs `base`, then marks it as disabled by a 410 with two errors and a moved URL. */
function disableSource(): void {
  syncSources(db, [base]);
  recordPoll(db, 'gone', {
    url: 'https://example.org/moved',
    disabledReason: 'gone: the server answered 410 Gone',
    consecutiveErrors: 2,
    nextPollAt: '2030-01-01T00:00:00.000Z',
  });
}

beforeEach(() => {
  db = openDatabase(':memory:');
  migrate(db, MIGRATIONS);
  disableSource();
});

describe('syncSources and disabled sources', () => {
  it('keeps a disabled source disabled when its config is unchanged', () => {
    syncSources(db, [base]);
    expect(getSource(db, 'gone')).toMatchObject({
      disabledReason: 'gone: the server answered 410 Gone',
      consecutiveErrors: 2,
      url: 'https://example.org/moved',
    });
  });

  it.each<[string, Partial<SourceConfig>]>([
    ['title', { title: 'Renamed' }],
    ['language', { language: 'be' }],
    ['interval', { intervalMs: 600_000 }],
    ['preferred', { preferred: true }],
  ])('re-enables it when its %s changes, keeping the stored URL', (_name, change) => {
    syncSources(db, [{ ...base, ...change }]);
    expect(getSource(db, 'gone')).toMatchObject({
      disabledReason: null,
      consecutiveErrors: 0,
      nextPollAt: null,
      url: 'https://example.org/moved',
    });
  });

  it('re-enables it and starts over when its URL changes', () => {
    syncSources(db, [{ ...base, url: 'https://example.org/new-feed' }]);
    expect(getSource(db, 'gone')).toMatchObject({
      disabledReason: null,
      url: 'https://example.org/new-feed',
      configUrl: 'https://example.org/new-feed',
      etag: null,
    });
  });

  it('does not reset the backoff of an enabled source whose settings change', () => {
    recordPoll(db, 'gone', { disabledReason: null });
    syncSources(db, [{ ...base, title: 'Renamed' }]);
    expect(getSource(db, 'gone')).toMatchObject({ consecutiveErrors: 2, title: 'Renamed' });
  });
});
