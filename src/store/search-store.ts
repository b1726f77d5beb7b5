import { type Db, StoreError } from './database.js';
import { findSearchCandidates, readEntryTextsByIds, syncEntrySearch } from './search-repo.js';
import type { StoredEntryText } from './topic-repo.js';

/**
 * The candidate-query language a search index understands: SQLite's FTS5 `MATCH` syntax, or a
 * PostgreSQL `tsquery` (the server translates the topic query into the one its store names).
 */
export type SearchDialect = 'fts5' | 'tsquery';

/**
 * The `/search` index of the stored entries, asynchronous so that both backends fit: SQLite (an
 * FTS5 table) and PostgreSQL (a tsvector column with a GIN index). Both hold the same words, the
 * classifier's folded ones; the index only offers candidates, the classifier decides.
 */
export interface SearchStore {
  readonly dialect: SearchDialect;
  /**
   * Brings the index up to date (entries new or changed since they were indexed, newest first, at
   * most `maxEntries`) with each entry's title and text as `tokenize` turns them into
   * space-separated words; returns how many were indexed.
   */
  syncIndex(tokenize: (text: string) => string, maxEntries: number): Promise<number>;
  /** Ids of the entries the candidate query (in `dialect`) matches, newest first, at most `limit`. */
  findCandidates(query: string, limit: number): Promise<number[]>;
  /** The texts of the given entries (those still stored), for the classifier's check. */
  readEntryTexts(ids: readonly number[]): Promise<StoredEntryText[]>;
}

/**
 * A search that ran past its deadline (PostgreSQL's statement_timeout): the server answers 503,
 * as when a SQLite search worker is stopped.
 */
export class SearchTimeoutError extends StoreError {
  constructor(what: string, options?: { cause?: unknown }) {
    super(`search: ${what} exceeded its deadline`, options);
  }
}

/** The SQLite SearchStore over the FTS5 functions of search-repo.ts. */
export function createSqliteSearchStore(db: Db): SearchStore {
  return {
    dialect: 'fts5',
    syncIndex: async (tokenize, maxEntries) => syncEntrySearch(db, tokenize, maxEntries),
    findCandidates: async (query, limit) => findSearchCandidates(db, query, limit),
    readEntryTexts: async (ids) => readEntryTextsByIds(db, ids),
  };
}
