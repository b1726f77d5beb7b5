import type { Logger } from 'pino';
import type { Config, FullTextMode } from '../config/index.js';
import type { NormalizedEntry } from '../model/index.js';
import { countWords } from '../normalizer/index.js';
import type { ArticleFetchRecord, IngestStore } from '../store/index.js';
import type { ArticleRead, ArticleReader } from './article-reader.js';
import { retentionCutoff } from './ingest-entries.js';

/** `full_text: auto` fetches the article when the feed's own text is shorter than this. */
export const AUTO_MIN_WORDS = 80;
/** New article pages fetched at most in one poll of one source, newest entries first. */
export const MAX_ARTICLES_PER_POLL = 100;
/** The article pages of one poll share this many poll timeouts. */
const STEP_TIMEOUTS = 3;

/** What the article step needs of the poll's dependencies. */
export interface ArticleStepDeps {
  /** The reads the step makes before the poll's transaction. */
  store: Pick<IngestStore, 'findEntryByKey' | 'findStoredArticle' | 'hasTombstone'>;
  config: Config;
  logger: Logger;
  /** Absent: no article is fetched (full_text is ignored). */
  articles?: ArticleReader;
  now: () => Date;
}

/** A source's entries with their articles' text applied, and the fetches to record. */
export interface ArticleStep {
  entries: NormalizedEntry[];
  fetches: ArticleFetchRecord[];
}

type Plan =
  | { kind: 'keep' }
  | { kind: 'reuse'; text: string; contentHtml: string }
  | { kind: 'fetch'; url: string };

/**
 * For a `full_text` source, fetches and extracts the article page of each entry the store does
 * not have yet, once, and uses its text for judgement (clustering, topics, search); with
 * `full_text_serve` its HTML is also what is served. A changed entry gets its stored article
 * again without a fetch; an unchanged one is left alone. A failed fetch keeps the feed's text
 * and is recorded. Runs before the store's transaction.
 */
export async function readSourceArticles(
  sourceId: string,
  entries: readonly NormalizedEntry[],
  deps: ArticleStepDeps,
): Promise<ArticleStep> {
  const source = deps.config.sources.find((s) => s.id === sourceId);
  const mode = source?.fullText ?? 'never';
  if (mode === 'never' || !deps.articles) return { entries: [...entries], fetches: [] };
  const serve = source?.fullTextServe ?? false;
  const cutoff = retentionCutoff(deps.config, deps.now())?.toISOString();
  const plans = await planEntries(deps.store, entries, mode, cutoff);
  const reads = await readPages(entries, plans, deps.articles, deps.config.poll.timeoutMs);
  const fetches: ArticleFetchRecord[] = [];
  const applied = entries.map((entry, index) => {
    const plan = plans[index] ?? { kind: 'keep' };
    if (plan.kind === 'reuse') return withArticle(entry, plan, serve);
    const read = plan.kind === 'fetch' ? reads.get(index) : undefined;
    if (!read || plan.kind !== 'fetch') return entry;
    const record = recordRead(entry, plan.url, checkLength(read, entry));
    if (!fetches.some((done) => done.key === record.key)) fetches.push(record);
    if (record.status === 'failed')
      deps.logger.warn(
        { source_id: sourceId, url: plan.url, err: record.error },
        'article fetch failed',
      );
    return record.text && record.contentHtml
      ? withArticle(entry, { text: record.text, contentHtml: record.contentHtml }, serve)
      : entry;
  });
  return { entries: applied, fetches };
}

/** What each entry needs: nothing, its stored article again, or a fetch (a repeated key: the same). */
async function planEntries(
  store: ArticleStepDeps['store'],
  entries: readonly NormalizedEntry[],
  mode: FullTextMode,
  cutoff: string | undefined,
): Promise<Plan[]> {
  const byKey = new Map<string, Plan>();
  const plans: Plan[] = [];
  for (const entry of entries) {
    const plan = byKey.get(entry.key) ?? (await planEntry(store, entry, mode, cutoff));
    byKey.set(entry.key, plan);
    plans.push(plan);
  }
  return plans;
}

async function planEntry(
  store: ArticleStepDeps['store'],
  entry: NormalizedEntry,
  mode: FullTextMode,
  cutoff: string | undefined,
): Promise<Plan> {
  const known = await store.findEntryByKey(entry.sourceId, entry.key);
  if (known) {
    if (known.contentHash === entry.contentHash) return { kind: 'keep' };
    const stored = await store.findStoredArticle(entry.sourceId, entry.key);
    return stored?.status === 'ok' && stored.text && stored.contentHtml
      ? { kind: 'reuse', text: stored.text, contentHtml: stored.contentHtml }
      : { kind: 'keep' };
  }
  if (await store.hasTombstone(entry.sourceId, entry.key)) return { kind: 'keep' };
  if (cutoff && entry.hasFeedDate && entry.publishedAt < cutoff) return { kind: 'keep' };
  if (mode === 'auto' && countWords(entry.text) >= AUTO_MIN_WORDS) return { kind: 'keep' };
  const url = entry.link ?? entry.url;
  return url && /^https?:\/\//i.test(url) ? { kind: 'fetch', url } : { kind: 'keep' };
}

/**
 * Reads the planned pages, newest entries first, at most MAX_ARTICLES_PER_POLL, all within
 * STEP_TIMEOUTS poll timeouts; the others are failures that say why. Keyed by entry index.
 */
async function readPages(
  entries: readonly NormalizedEntry[],
  plans: readonly Plan[],
  reader: ArticleReader,
  timeoutMs: number,
): Promise<Map<number, ArticleRead>> {
  const wanted = plans
    .flatMap((plan, index) => (plan.kind === 'fetch' ? [{ index, url: plan.url }] : []))
    .sort((a, b) => compareNewestFirst(entries[a.index], entries[b.index]));
  const stepMs = STEP_TIMEOUTS * timeoutMs;
  const step = new AbortController();
  const timer = setTimeout(
    () =>
      step.abort(
        new Error(`ingest: not fetched: the poll's ${stepMs} ms for article pages ran out`),
      ),
    stepMs,
  );
  const byUrl = new Map<string, Promise<ArticleRead>>();
  try {
    const reads = wanted.map(({ index, url }, rank) => {
      if (rank >= MAX_ARTICLES_PER_POLL) {
        const error = `ingest: not fetched: over ${MAX_ARTICLES_PER_POLL} new article pages in one poll`;
        return Promise.resolve([index, { status: 'failed', error, durationMs: 0 }] as const);
      }
      const title = entries[index]?.title ?? '';
      if (!byUrl.has(url)) byUrl.set(url, reader.read(url, title, step.signal));
      return (byUrl.get(url) as Promise<ArticleRead>).then((read) => [index, read] as const);
    });
    return new Map<number, ArticleRead>(await Promise.all(reads));
  } finally {
    clearTimeout(timer);
  }
}

function compareNewestFirst(a?: NormalizedEntry, b?: NormalizedEntry): number {
  return (b?.publishedAt ?? '').localeCompare(a?.publishedAt ?? '');
}

/** An extraction with no more words than the feed's own text found the wrong part of the page. */
function checkLength(read: ArticleRead, entry: NormalizedEntry): ArticleRead {
  if (read.status !== 'ok' || !read.article) return read;
  const feedWords = countWords(entry.text);
  if (read.article.wordCount > feedWords) return read;
  const error = `extractor: the page's main text (${read.article.wordCount} words) is no longer than the feed's (${feedWords} words)`;
  return { ...read, status: 'failed', error, article: undefined };
}

function recordRead(entry: NormalizedEntry, url: string, read: ArticleRead): ArticleFetchRecord {
  const { article } = read;
  return {
    key: entry.key,
    url,
    status: read.status,
    durationMs: read.durationMs,
    ...(read.httpStatus === undefined ? {} : { httpStatus: read.httpStatus }),
    ...(read.finalUrl === undefined ? {} : { finalUrl: read.finalUrl }),
    ...(read.error === undefined ? {} : { error: read.error }),
    ...(article
      ? { contentHtml: article.contentHtml, text: article.text, wordCount: article.wordCount }
      : {}),
  };
}

/** The entry judged by the article's text; served with the article's HTML when `serve`. */
function withArticle(
  entry: NormalizedEntry,
  article: { text: string; contentHtml: string },
  serve: boolean,
): NormalizedEntry {
  return { ...entry, text: article.text, ...(serve ? { contentHtml: article.contentHtml } : {}) };
}
