import type { SourceConfig } from '../config/index.js';
import { type ArticleFetchCounts, countArticleFetches } from './article-repo.js';
import type { Db } from './database.js';
import {
  listDueSources,
  listSources,
  type PollStateUpdate,
  recordPoll,
  type SourceRow,
  type SourceSummary,
  summarizeSources,
  syncSources,
} from './source-repo.js';

/** Which sources a poller takes, and for how long it may hold them. */
export interface LeaseRequest {
  /** The poller's name (host:pid:random); a lease is released only by its owner. */
  owner: string;
  now: Date;
  /** How long the lease holds; past it, another poller may take the source (a crashed poller). */
  leaseMs: number;
  /** `due` (the scheduler): sources whose next poll time has come; `all` (`fetch`): every active one. */
  which: 'due' | 'all';
  /** Only this source (`fetch --source ID`). */
  sourceId?: string;
  /** At most this many sources (the scheduler leases what it can poll in one cycle). */
  limit?: number;
}

/**
 * The source operations of the poller role, asynchronous so that both backends fit: the SQLite
 * store (one instance: no other poller, so a lease is the plain list) and the PostgreSQL store
 * (any number of pollers: `FOR UPDATE SKIP LOCKED` plus a lease that expires).
 */
export interface SourceStore {
  /** Brings the sources table in line with the config (see syncSources). */
  syncSources(sources: readonly SourceConfig[]): Promise<void>;
  /** Takes the sources the request names that no other poller holds, and holds them. */
  leaseSources(request: LeaseRequest): Promise<SourceRow[]>;
  /** Writes a poll's state on the source's row (see recordPoll). */
  recordPoll(sourceId: string, update: PollStateUpdate): Promise<void>;
  /**
   * Extends a held lease from `now` as its poll starts (a source may wait in the poll queue past
   * its first expiry); false when the lease was lost meanwhile (it expired and another poller
   * took the source): then the source is not polled.
   */
  renewLease(sourceId: string, owner: string, now: Date, leaseMs: number): Promise<boolean>;
  /** Gives a source back (after its poll is recorded); only the lease's owner can. */
  releaseLease(sourceId: string, owner: string): Promise<void>;
  listSources(options?: { activeOnly?: boolean }): Promise<SourceRow[]>;
  /** Full-text article fetches per source over its stored entries (the index page's health). */
  countArticleFetches(): Promise<Map<string, ArticleFetchCounts>>;
  /** How many sources are active and when any of them last polled successfully (`/metrics`). */
  summarizeSources(): Promise<SourceSummary>;
}

/**
 * The SQLite SourceStore over today's synchronous functions: no lease columns (one instance holds
 * the file), `leaseSources` is listDueSources or listSources. No extra statement on the hot path.
 */
export function createSqliteSourceStore(db: Db): SourceStore {
  return {
    async syncSources(sources) {
      syncSources(db, sources);
    },
    async leaseSources(request) {
      const rows =
        request.which === 'due'
          ? listDueSources(db, request.now)
          : listSources(db, { activeOnly: true });
      const wanted = request.sourceId ? rows.filter((row) => row.id === request.sourceId) : rows;
      return request.limit === undefined ? wanted : wanted.slice(0, request.limit);
    },
    async recordPoll(sourceId, update) {
      recordPoll(db, sourceId, update);
    },
    renewLease: async () => true,
    async releaseLease() {},
    async listSources(options) {
      return listSources(db, options);
    },
    countArticleFetches: async () => countArticleFetches(db),
    summarizeSources: async () => summarizeSources(db),
  };
}
