import {
  type CompiledQuery,
  type CompiledTopic,
  compileQuery,
  explainMatch,
  splitFoldedWords,
} from '../classifier/index.js';
import { type SearchStore, SearchTimeoutError } from '../store/index.js';
import { toFtsQuery } from './fts-query.js';
import { toTsQuery } from './ts-query.js';

/** What one search asks: its query (already checked), threshold and how many stories. */
export interface SearchJob {
  query: string;
  minScore: number;
  limit: number;
}

export interface SearchResult {
  /** Matching stories with their dates (the representative's), newest first, at most `limit`. */
  stories: { id: number; publishedAt: string }[];
  /** Entries the index offered and the classifier checked. */
  checked: number;
}

/**
 * Where `/search` runs its searches, with their limits (how many at once, a deadline): SQLite's
 * worker pool (SearchPool) or the shared PostgreSQL store (SharedSearch).
 */
export interface SearchRunner {
  run(job: SearchJob): Promise<SearchResult>;
  close(): Promise<void>;
}

/** Candidates the index may offer one search; the classifier checks at most these. */
export const MAX_SEARCH_CANDIDATES = 5_000;
/** Entries one search may add to the index before it runs (the rest wait for the next). */
const SYNC_PER_SEARCH = 20_000;
const CHECK_BATCH = 250;

/** An entry's text as the index holds it: the classifier's folded words, space-separated. */
export function tokenizeForSearch(text: string): string {
  return splitFoldedWords(text).join(' ');
}

/** The topic query as the store's index understands it (FTS5 or tsquery), or undefined. */
function toCandidateQuery(store: SearchStore, query: CompiledQuery): string | undefined {
  return store.dialect === 'fts5' ? toFtsQuery(query.root) : toTsQuery(query.root);
}

/**
 * One search, on either backend: the index brought up to date (best effort: a busy database
 * leaves it as it is), the query compiled to the index's candidate query, and the classifier's
 * relevance check on the candidates only, newest first, until 4 × limit stories are found.
 */
export async function runSearch(store: SearchStore, job: SearchJob): Promise<SearchResult> {
  try {
    await store.syncIndex(tokenizeForSearch, SYNC_PER_SEARCH);
  } catch (error) {
    // A poll holds the write lock: search what is indexed. A search past its deadline stops.
    if (error instanceof SearchTimeoutError) throw error;
  }
  const query = compileQuery(job.query);
  const topic: CompiledTopic = {
    id: 'search',
    query,
    minScore: job.minScore,
    watchlist: [],
    matching: {}, // its matcher made once for the whole search, not per entry
  };
  const candidateQuery = toCandidateQuery(store, query);
  if (candidateQuery === undefined) return { stories: [], checked: 0 };
  const candidates = await store.findCandidates(candidateQuery, MAX_SEARCH_CANDIDATES);
  const dates = new Map<number, string>();
  let checked = 0;
  for (let from = 0; from < candidates.length && dates.size < job.limit * 4; from += CHECK_BATCH) {
    const entries = await store.readEntryTexts(candidates.slice(from, from + CHECK_BATCH));
    for (const entry of entries) {
      if (explainMatch(entry, topic).matched) dates.set(entry.storyId, entry.storyPublishedAt);
    }
    checked += entries.length;
  }
  const stories = [...dates.entries()]
    .sort(([a, da], [b, db]) => db.localeCompare(da) || b - a)
    .slice(0, job.limit)
    .map(([id, publishedAt]) => ({ id, publishedAt }));
  return { stories, checked };
}
