import { createHash } from 'node:crypto';
import { type Fingerprint, fingerprintEntry } from '../../src/clusterer/index.js';
import type { Config } from '../../src/config/index.js';
import { classifyForStore } from '../../src/ingest/index.js';
import type { NormalizedEntry } from '../../src/model/index.js';
import type { Db, TopicMatchRow } from '../../src/store/index.js';
import type { Article } from './articles.js';
import { generateItem } from './feed-item.js';
import { createRandom, type Random } from './random.js';

export interface EntrySpec {
  articles: readonly Article[];
  random: Random;
  sourceId: string;
  serial: number;
  story: number;
  published: Date;
}

/** A generated item as the normalizer would hand it over (text from the HTML, hash, summary). */
export function makeNormalizedEntry(spec: EntrySpec): NormalizedEntry {
  const siteUrl = `https://${spec.sourceId}.example.org`;
  const item = generateItem({ ...spec, siteUrl, htmlBytes: 1_200 });
  const text = item.html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    sourceId: spec.sourceId,
    key: item.guid,
    guid: item.guid,
    link: item.link,
    url: item.guid,
    title: item.title,
    contentHtml: item.html,
    text,
    summary: text.slice(0, 300),
    author: item.author,
    publishedAt: item.published.toISOString(),
    hasFeedDate: true,
    categories: item.categories,
    contentHash: createHash('sha256').update(`${item.title}\n${text}`).digest('hex'),
    warnings: [],
  };
}

export interface SeedSpec {
  articles: readonly Article[];
  sourceIds: readonly string[];
  count: number;
  /** Entries are spread evenly over `spanDays` up to `newest`. */
  newest: Date;
  spanDays: number;
  /** Distinct entries fingerprinted and classified for real; the rest are copies of them. */
  poolSize: number;
}

interface PoolEntry {
  entry: NormalizedEntry;
  fingerprint: Fingerprint;
  topics: TopicMatchRow[];
}

/** Real generated entries with their real fingerprints and topic matches. */
export function buildEntryPool(config: Config, spec: SeedSpec): PoolEntry[] {
  const random = createRandom(17);
  return Array.from({ length: spec.poolSize }, (_, i) => {
    const sourceId = spec.sourceIds[i % spec.sourceIds.length] ?? 'seed';
    const entry = makeNormalizedEntry({
      articles: spec.articles,
      random,
      sourceId,
      serial: i,
      story: i,
      published: spec.newest,
    });
    return {
      entry,
      fingerprint: fingerprintEntry(entry),
      topics: classifyForStore(entry, config.topics),
    };
  });
}

function prepareInserts(db: Db) {
  return {
    story: db.prepare(
      'INSERT INTO stories (id, guid, representative_entry_id, published_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    entry:
      db.prepare(`INSERT INTO entries (id, source_id, key, guid, link, url, title, content_html, text, summary,
      author, categories, published_at, has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`),
    features: db.prepare('INSERT INTO entry_fingerprints (entry_id, features) VALUES (?, ?)'),
    entryTopic: db.prepare(
      'INSERT INTO entry_topics (entry_id, topic_id, score, terms) VALUES (?, ?, ?, ?)',
    ),
    storyTopic: db.prepare(
      'INSERT INTO story_topics (topic_id, story_id, published_at) VALUES (?, ?, ?)',
    ),
  };
}

/**
 * Fills an empty store fast, in one transaction, with \`count\` entries spread over the span.
 * Entry i copies pool entry i % poolSize (text, features, topics) under its own id, URL and date;
 * a copy published within the story window of the story its pool entry's previous copy founded
 * or joined is in that story, and any other entry founds a story of its own: stories of a few
 * copies over at most a window, as news is (the clusterer would chain copies of one text for
 * ever; news does not repeat one text for weeks). The story index loads the fingerprints of the window at start, so new entries
 * made from the pool find their copies there.
 */
export function seedStore(db: Db, config: Config, spec: SeedSpec): void {
  const pool = buildEntryPool(config, spec);
  const insert = prepareInserts(db);
  const spanMs = spec.spanDays * 86_400_000;
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -262144');
  // The story of the pool entry's latest copy, and when that story was founded.
  const latest = new Map<number, { storyId: number; founded: number }>();
  db.transaction(() => {
    for (let i = 0; i < spec.count; i++) {
      const { entry, fingerprint, topics } = pool[i % pool.length] as PoolEntry;
      const time = spec.newest.getTime() - spanMs + ((i + 1) / spec.count) * spanMs;
      const at = new Date(time).toISOString();
      const id = i + 1;
      const url = `${entry.url}/${id}`;
      const previous = latest.get(i % pool.length);
      const joins = previous !== undefined && time - previous.founded <= config.stories.windowMs;
      const story = joins ? previous : { storyId: id, founded: time };
      latest.set(i % pool.length, story);
      const { storyId } = story;
      if (storyId === id) insert.story.run(id, `seed-${id}`, id, at, at, at);
      insert.entry.run(
        id,
        entry.sourceId,
        url,
        url,
        url,
        url,
        entry.title,
        entry.contentHtml,
        entry.text,
        entry.summary,
        entry.author ?? null,
        JSON.stringify(entry.categories),
        at,
        entry.contentHash,
        at,
        at,
        storyId,
      );
      insert.features.run(id, JSON.stringify({ ...fingerprint.features, publishedAt: at, url }));
      for (const topic of topics) {
        insert.entryTopic.run(id, topic.topicId, topic.score, JSON.stringify(topic.terms));
        if (storyId === id) insert.storyTopic.run(topic.topicId, id, at);
      }
    }
  })();
  db.pragma('cache_size = -2000');
  db.pragma('foreign_keys = ON');
}
