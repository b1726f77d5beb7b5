import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { pinKey, readWeights } from '../../src/classifier/index.js';
import { parseConfig, type TopicConfig } from '../../src/config/index.js';
import { migrate } from '../../src/store/database.js';
import { readTopicModel, saveTopicExample } from '../../src/store/topic-example-repo.js';
import { createSqliteTopicStore } from '../../src/store/topic-store.js';
import { hashTopicDefinition, learnTopics } from '../../src/topics/index.js';

const MIGRATIONS = path.resolve(import.meta.dirname, '../../migrations');
const NOW = new Date('2025-05-01T12:00:00Z');

/** A topic whose example file says treason cases belong and fraud cases do not. */
function loadTopic(): TopicConfig {
  const dir = mkdtempSync(path.join(tmpdir(), 'topicfeed-learn-'));
  const lines = Array.from({ length: 10 }, (_, i) => [
    JSON.stringify({ topics: ['pp'], title: `Pensioner ${i} charged with treason`, text: '' }),
    JSON.stringify({ topics: [], title: `Banker ${i} jailed for fraud`, text: '' }),
  ]).flat();
  writeFileSync(path.join(dir, 'examples.jsonl'), `${lines.join('\n')}\n`);
  const yaml = `topics:
  - id: pp
    title: PP
    query: jailed
    examples: examples.jsonl
    evidence:
      - { id: charge, kind: supporting, query: treason }
      - { id: crime, kind: against, query: fraud }
`;
  writeFileSync(path.join(dir, 'c.yaml'), yaml);
  const topic = parseConfig(yaml, path.join(dir, 'c.yaml')).topics[0];
  if (!topic) throw new Error('no topic');
  return topic;
}

describe('learnTopics', () => {
  let db: Database.Database;
  let topic: TopicConfig;

  beforeEach(() => {
    db = new Database(':memory:');
    migrate(db, MIGRATIONS);
    topic = loadTopic();
  });

  it('learns from the example file and keeps what it learned, under the hash of its inputs', async () => {
    const [learned] = await learnTopics(createSqliteTopicStore(db), [topic], NOW);
    expect(learned?.compiled.learned).toEqual({ examples: 20, positives: 10 });
    expect(readWeights(learned?.compiled as TopicConfig['compiled']).charge).toBeGreaterThan(0.5);
    const model = readTopicModel(db, 'pp');
    expect(model?.weights).toEqual(learned?.compiled.weights);
  });

  it('reuses the kept weights while the inputs stay the same, and learns again when a label changes', async () => {
    await learnTopics(createSqliteTopicStore(db), [topic], NOW);
    // What a second start reads comes from the store, not from measuring the examples again.
    db.prepare(`UPDATE topic_models SET weights = '{"query":1,"charge":7,"crime":-1}'`).run();
    const [cached] = await learnTopics(createSqliteTopicStore(db), [topic], NOW);
    expect(readWeights(cached?.compiled as TopicConfig['compiled']).charge).toBe(7);
    db.prepare(
      "INSERT INTO sources (id, config_url, url, interval_ms) VALUES ('src', 'x', 'x', 1)",
    ).run();
    saveTopicExample(
      db,
      'pp',
      { id: 1, sourceId: 'src', key: 'k1', title: 'Weather', text: 'Mild.', storyId: 1 },
      true,
      NOW,
    );
    const [relearned] = await learnTopics(createSqliteTopicStore(db), [topic], NOW);
    expect(readWeights(relearned?.compiled as TopicConfig['compiled']).charge).not.toBe(7);
    expect(relearned?.compiled.learned).toEqual({ examples: 21, positives: 11 });
  });

  it('pins each taught entry to its label, and a new label changes the definition hash', async () => {
    const [before] = await learnTopics(createSqliteTopicStore(db), [topic], NOW);
    db.prepare(
      "INSERT INTO sources (id, config_url, url, interval_ms) VALUES ('src', 'x', 'x', 1)",
    ).run();
    const entry = {
      id: 1,
      sourceId: 'src',
      key: 'k1',
      title: 'Weather',
      text: 'Mild.',
      storyId: 1,
    };
    saveTopicExample(db, 'pp', entry, true, NOW);
    const [after] = await learnTopics(createSqliteTopicStore(db), [topic], NOW);
    expect(after?.compiled.pinned?.get(pinKey(entry))).toBe(true);
    expect(hashTopicDefinition(after as TopicConfig)).not.toBe(
      hashTopicDefinition(before as TopicConfig),
    );
  });

  it('learns without writing when asked to keep nothing (a read-only connection)', async () => {
    await learnTopics(createSqliteTopicStore(db), [topic], NOW, { keep: false });
    expect(readTopicModel(db, 'pp')).toBeUndefined();
  });
});
