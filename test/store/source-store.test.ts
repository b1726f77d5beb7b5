import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { SourceConfig } from '../../src/config/index.js';
import { createPostgresSourceStore } from '../../src/store/postgres/postgres-source-store.js';
import { createSqliteSourceStore, type SourceStore } from '../../src/store/source-store.js';
import { describeEachBackend, type OpenedStore, storeBackends } from '../helpers/store-backends.js';

const backends = storeBackends();
afterAll(() => backends.stop());

function source(id: string, extra: Partial<SourceConfig> = {}): SourceConfig {
  return {
    id,
    url: `https://example.org/${id}.xml`,
    intervalMs: 600_000,
    preferred: false,
    ...extra,
  };
}

const NOW = new Date('2026-03-01T12:00:00.000Z');
const lease = { now: NOW, leaseMs: 60_000, which: 'due' as const };

describeEachBackend('SourceStore', (kind) => {
  let opened: OpenedStore | undefined;
  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });
  async function openStore(): Promise<SourceStore> {
    opened = await backends.open(kind);
    return opened.db
      ? createSqliteSourceStore(opened.db)
      : createPostgresSourceStore(opened.pool as never);
  }

  it('syncs the configured sources: new rows, changed settings, a changed URL resets the poll state, leftovers inactive', async () => {
    const store = await openStore();
    await store.syncSources([source('a', { title: 'A', language: 'en' }), source('b')]);
    await store.recordPoll('a', { etag: '"v1"', nextPollAt: '2026-03-01T13:00:00.000Z' });
    await store.syncSources([source('a', { url: 'https://example.org/moved.xml' })]);
    const rows = await store.listSources();
    expect(rows.map((row) => [row.id, row.active])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(rows[0]).toMatchObject({
      url: 'https://example.org/moved.xml',
      configUrl: 'https://example.org/moved.xml',
      title: null,
      etag: null,
      nextPollAt: null,
      intervalMs: 600_000,
      preferred: false,
      entryCount: 0,
    });
    expect(await store.listSources({ activeOnly: true })).toHaveLength(1);
  });

  it('leases the due sources, never-polled first, and records a poll', async () => {
    const store = await openStore();
    await store.syncSources([source('a'), source('b'), source('c')]);
    await store.recordPoll('a', { nextPollAt: '2026-03-01T11:00:00.000Z', lastStatus: 200 });
    await store.recordPoll('b', { nextPollAt: '2026-03-01T13:00:00.000Z' });
    const due = await store.leaseSources({ ...lease, owner: 'p1' });
    expect(due.map((row) => row.id)).toEqual(['c', 'a']);
    expect(due[1]?.lastStatus).toBe(200);
    const all = await store.leaseSources({ ...lease, owner: 'p2', which: 'all', now: NOW });
    const ids = all.map((row) => row.id);
    expect(ids).toContain('b');
  });
});

describe.skipIf(!backends.kinds.includes('postgres'))('SourceStore leases on PostgreSQL', () => {
  let opened: OpenedStore | undefined;
  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });
  async function openStore(): Promise<SourceStore> {
    opened = await backends.open('postgres');
    return createPostgresSourceStore(opened.pool as never);
  }

  it('gives each source to one of several pollers leasing at once', async () => {
    const store = await openStore();
    const ids = Array.from({ length: 60 }, (_, i) => `s${String(i).padStart(2, '0')}`);
    await store.syncSources(ids.map((id) => source(id)));
    const owners = ['p1', 'p2', 'p3', 'p4'];
    const leased = await Promise.all(
      owners.flatMap((owner) =>
        [0, 1, 2].map(() => store.leaseSources({ ...lease, owner, which: 'all', limit: 7 })),
      ),
    );
    const got = leased.flat().map((row) => row.id);
    expect(new Set(got).size).toBe(got.length);
    const rest = await store.leaseSources({ ...lease, owner: 'p5', which: 'all' });
    expect([...got, ...rest.map((row) => row.id)].sort()).toEqual(ids);
    expect(await store.leaseSources({ ...lease, owner: 'p6', which: 'all' })).toEqual([]);
  });

  it('lets a released or expired lease be taken, and only its owner release it', async () => {
    const store = await openStore();
    await store.syncSources([source('a'), source('b')]);
    expect(await store.leaseSources({ ...lease, owner: 'p1' })).toHaveLength(2);
    await store.releaseLease('a', 'p2');
    expect(await store.leaseSources({ ...lease, owner: 'p2' })).toEqual([]);
    await store.releaseLease('a', 'p1');
    expect((await store.leaseSources({ ...lease, owner: 'p2' })).map((r) => r.id)).toEqual(['a']);
    const later = new Date(NOW.getTime() + 60_000);
    const takenOver = await store.leaseSources({ ...lease, owner: 'p3', now: later });
    expect(takenOver.map((row) => row.id)).toEqual(['a', 'b']);
  });

  it('renews a held lease as its poll starts, and says so when the lease went to another poller', async () => {
    const store = await openStore();
    await store.syncSources([source('a')]);
    await store.leaseSources({ ...lease, owner: 'p1' });
    expect(await store.renewLease('a', 'p1', NOW, 60_000)).toBe(true);
    const expired = new Date(NOW.getTime() + 61_000);
    expect(await store.leaseSources({ ...lease, owner: 'p2', now: expired })).toHaveLength(1);
    expect(await store.renewLease('a', 'p1', expired, 60_000)).toBe(false);
    expect(await store.renewLease('a', 'p2', expired, 60_000)).toBe(true);
  });

  it('takes only one source when asked for it, and skips sources not due', async () => {
    const store = await openStore();
    await store.syncSources([source('a'), source('b')]);
    await store.recordPoll('b', { nextPollAt: '2026-03-01T13:00:00.000Z' });
    expect((await store.leaseSources({ ...lease, owner: 'p1' })).map((r) => r.id)).toEqual(['a']);
    const one = await store.leaseSources({ ...lease, owner: 'p2', which: 'all', sourceId: 'b' });
    expect(one.map((row) => row.id)).toEqual(['b']);
  });
});
