import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTopicfeed } from '../helpers/run-cli.js';
import { fetchDemo } from './demo-store.js';

interface FeedJson {
  items: { title: string; _topicfeed: { story: string } }[];
}

const TOPIC = { id: 'prisoners', query: 'prisoner* OR палітвязн*' };
/** A demo entry the query finds but scores under min_score (test/topics/teach-topic.test.ts). */
const NEAR_MISS = 'Azerbaijani journalist sentenced to nine years';

async function servedTitles(file: string): Promise<FeedJson['items']> {
  const args = ['export', '--topic', 'prisoners', '--format', 'json', '--limit', '0'];
  const exported = await runTopicfeed([...args, '--config', file]);
  expect(exported.code).toBe(0);
  return (JSON.parse(exported.out) as FeedJson).items;
}

describe('a topic with a word model, through fetch, export and explain', () => {
  it('serves a near miss the model is sure of, and explain says which stems did it', async () => {
    const without = await fetchDemo([TOPIC]);
    expect((await servedTitles(without.file)).some((i) => i.title.startsWith(NEAR_MISS))).toBe(
      false,
    );

    const dir = mkdtempSync(join(tmpdir(), 'topicfeed-word-model-'));
    const model = join(dir, 'prisoners.model.json');
    const weights = { 't:journa': 4, 't:senten': 2 };
    const file = { format: 'topicfeed-text-model/1', stemLength: 6, textWords: 80 };
    writeFileSync(model, JSON.stringify({ ...file, threshold: 0.7, bias: -3, weights }));
    const withModel = await fetchDemo([{ ...TOPIC, model }]);
    const items = await servedTitles(withModel.file);
    const story = items.find((i) => i.title.startsWith(NEAR_MISS))?._topicfeed.story;
    expect(story).toBeDefined();

    const explained = await runTopicfeed(['explain', String(story), '--config', withModel.file]);
    expect(explained.code).toBe(0);
    expect(explained.out).toMatch(
      /^ {4}#\d+ in +\d+\.\d\d .*; word model 0\.95 \(t:journa, t:senten\)$/m,
    );
  });
});
