import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileQuery } from '../../src/classifier/index.js';
import { loadConfig } from '../../src/config/index.js';
import { searchQueryCost, toFtsQuery } from '../../src/server/fts-query.js';
import { runSearch, type SearchJob } from '../../src/server/run-search.js';
import { toTsQuery } from '../../src/server/ts-query.js';
import {
  createSqliteSearchStore,
  createSqliteTopicStore,
  type Db,
  openDatabase,
} from '../../src/store/index.js';
import { scanTopicMatches } from '../../src/topics/index.js';
import { fetchDemo } from '../topics/demo-store.js';

const fts = (query: string) => toFtsQuery(compileQuery(query).root);
const tsq = (query: string) => toTsQuery(compileQuery(query).root);

describe('the topic query as an FTS5 candidate query', () => {
  it('keeps terms, phrases, prefixes and fields; NEAR becomes AND; NOT is left to the classifier', () => {
    expect(fts('belarus')).toBe('"belarus"');
    expect(fts('Belarus* AND "political prisoner"')).toBe('("belarus" * AND "political prisoner")');
    expect(fts('title:Мінск OR content:ёлка')).toBe('(title : "минск" OR body : "елка")');
    expect(fts('(jail* OR prison*) NEAR/4 activist* NOT sport')).toBe(
      '((("jail" * OR "prison" *) AND "activist" *))',
    );
  });

  it('prices NEAR by its words times its distance', () => {
    expect(searchQueryCost(compileQuery('belarus minsk').root)).toBe(2);
    expect(searchQueryCost(compileQuery('(jail OR prison) NEAR/10 activist').root)).toBe(30);
  });
});

describe('the topic query as a PostgreSQL tsquery candidate query', () => {
  it('reaches what the FTS5 query reaches: phrases as <->, prefixes as :*, fields as weights', () => {
    expect(tsq('belarus')).toBe("'belarus'");
    expect(tsq('Belarus* AND "political prisoner"')).toBe(
      "('belarus':* & ('political' <-> 'prisoner'))",
    );
    expect(tsq('title:Мінск OR content:ёлка')).toBe("('минск':A | 'елка':D)");
    expect(tsq('title:"new belarus*"')).toBe("('new':A <-> 'belarus':*A)");
    expect(tsq('(jail* OR prison*) NEAR/4 activist* NOT sport')).toBe(
      "((('jail':* | 'prison':*) & 'activist':*))",
    );
  });
});

describe('runSearch over the index of a real database', () => {
  let db: Db;
  beforeAll(async () => {
    const { file } = await fetchDemo([{ id: 'belarus', query: 'belarus*' }]);
    db = openDatabase(loadConfig(file).database);
  });
  afterAll(() => db?.close());
  const search = (job: SearchJob) => runSearch(createSqliteSearchStore(db), job);

  it('indexes the stored entries and finds stories through our folding (ё→е, і→и)', async () => {
    const found = await search({ query: 'палітвязн*', minScore: 0, limit: 50 });
    expect(found.stories.length).toBeGreaterThan(0);
    const indexed = db.prepare('SELECT COUNT(*) FROM entry_search').pluck().get();
    expect(indexed).toBe(db.prepare('SELECT COUNT(*) FROM entries').pluck().get());
    const id = db.prepare('SELECT id FROM entries ORDER BY id LIMIT 1').pluck().get() as number;
    db.prepare(
      "UPDATE entries SET title = 'Ёлачны кірмаш', content_hash = 'changed' WHERE id = ?",
    ).run(id);
    const story = db.prepare('SELECT story_id FROM entries WHERE id = ?').pluck().get(id);
    const hit = await search({ query: 'елачн* кирмаш', minScore: 0, limit: 50 });
    expect(hit.stories.map((s) => s.id)).toContain(story);
    expect(hit.checked).toBeLessThanOrEqual(2);
  });

  it('finds exactly the stories a full scan with the classifier finds', async () => {
    for (const query of [
      'belarus*',
      'trump OR heatwave',
      'палітвязн* NOT гомел*',
      '(prison* OR jail*) NEAR/5 belarus*',
      'title:belarus* OR "political prisoners"',
    ]) {
      const topic = { id: 'search', query: compileQuery(query), minScore: 0, watchlist: [] };
      const scan = await scanTopicMatches(createSqliteTopicStore(db), topic, 0);
      const scanned = new Set(scan.matches.map((m) => m.entry.storyId));
      const found = (await search({ query, minScore: 0, limit: 500 })).stories.map((s) => s.id);
      expect(new Set(found), query).toEqual(scanned);
    }
  });

  it('checks only the candidates the index offers', async () => {
    const total = db.prepare('SELECT COUNT(*) FROM entries').pluck().get() as number;
    const narrow = await search({ query: 'heatwave', minScore: 0, limit: 50 });
    expect(narrow.stories.length).toBeGreaterThan(0);
    expect(narrow.checked).toBeLessThan(total);
  });
});
