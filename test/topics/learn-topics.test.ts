import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { pinKey, readWeights } from '../../src/classifier/index.js';
import { parseConfig, type TopicConfig } from '../../src/config/index.js';
import {
  createPostgresTopicStore,
  createSqliteTopicStore,
  type PgPool,
  type TopicStore,
} from '../../src/store/index.js';
import { hashTopicDefinition, learnTopics } from '../../src/topics/index.js';
import {
  type BackendKind,
  describeEachBackend,
  type OpenedStore,
  storeBackends,
} from '../helpers/store-backends.js';

const backends = storeBackends();
afterAll(() => backends.stop());
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

describeEachBackend('learnTopics', (kind: BackendKind) => {
  let opened: OpenedStore;
  let store: TopicStore;
  let topic: TopicConfig;

  beforeEach(async () => {
    opened = await backends.open(kind);
    store = opened.db
      ? createSqliteTopicStore(opened.db)
      : createPostgresTopicStore(opened.pool as PgPool);
    topic = loadTopic();
  });
  afterEach(() => opened.close());

  const entry = { id: 1, sourceId: 'src', key: 'k1', title: 'Weather', text: 'Mild.', storyId: 1 };

  it('learns from the example file and keeps what it learned, under the hash of its inputs', async () => {
    const [learned] = await learnTopics(store, [topic], NOW);
    expect(learned?.compiled.learned).toEqual({ examples: 20, positives: 10 });
    expect(readWeights(learned?.compiled as TopicConfig['compiled']).charge).toBeGreaterThan(0.5);
    const model = await store.readTopicModel('pp');
    expect(model?.weights).toEqual(learned?.compiled.weights);
  });

  it('reuses the kept weights while the inputs stay the same, and learns again when a label changes', async () => {
    await learnTopics(store, [topic], NOW);
    // What a second start reads comes from the store, not from measuring the examples again.
    await opened.query(`UPDATE topic_models SET weights = '{"query":1,"charge":7,"crime":-1}'`);
    const [cached] = await learnTopics(store, [topic], NOW);
    expect(readWeights(cached?.compiled as TopicConfig['compiled']).charge).toBe(7);
    await store.write((writer) => writer.saveTopicExample('pp', entry, true, NOW));
    const [relearned] = await learnTopics(store, [topic], NOW);
    expect(readWeights(relearned?.compiled as TopicConfig['compiled']).charge).not.toBe(7);
    expect(relearned?.compiled.learned).toEqual({ examples: 21, positives: 11 });
  });

  it('pins each taught entry to its label, and a new label changes the definition hash', async () => {
    const [before] = await learnTopics(store, [topic], NOW);
    await store.write((writer) => writer.saveTopicExample('pp', entry, true, NOW));
    const [after] = await learnTopics(store, [topic], NOW);
    expect(after?.compiled.pinned?.get(pinKey(entry))).toBe(true);
    expect(hashTopicDefinition(after as TopicConfig)).not.toBe(
      hashTopicDefinition(before as TopicConfig),
    );
  });

  it('learns without writing when asked to keep nothing (a read-only connection)', async () => {
    await learnTopics(store, [topic], NOW, { keep: false });
    expect(await store.readTopicModel('pp')).toBeUndefined();
  });
});
