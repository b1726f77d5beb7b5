import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compileTopic,
  explainMatch,
  isOpenToModel,
  parseTextModel,
  readStems,
  type TextModel,
} from '../../src/classifier/index.js';
import { loadConfig } from '../../src/config/load-config.js';

const SHAPE = { stemLength: 6, textWords: 5 };

function model(weights: Record<string, number>, bias = -3): TextModel {
  return { ...SHAPE, threshold: 0.7, bias, weights: new Map(Object.entries(weights)) };
}

describe('a topic word model', () => {
  it('reads stems of the headline and of the first words of the text, as the trainer does', () => {
    const stems = readStems(
      ['beekeeper', 'detained', 'in', '2026'],
      ['the', 'beekeeper', 'was', 'detained', 'over', 'hives', 'painted'],
      SHAPE,
    );
    expect(stems).toEqual(['t:beekee', 't:detain', 'beekee', 'detain', 'the', 'was', 'over']);
  });

  it('takes in a candidate under the score when it is sure, and says which stems did', () => {
    const sure = model({ 't:beekee': 2, hives: 3, colour: 1 });
    const topic = compileTopic({ id: 'p', query: 'detained', minScore: 100, textModel: sure });
    // Only the text's first five words are read: its colour is not.
    const entry = { title: 'Beekeeper detained', text: 'Over the hives of his colour.' };
    const match = explainMatch(entry, topic);
    expect(match.score).toBeLessThan(100);
    expect(match.model?.probability).toBeGreaterThan(0.7);
    expect(match.matched).toBe(true);
    expect(match.terms).toEqual(['detained', 'model: hives', 'model: t:beekee']);
    // Without the model, or with a model that is not sure, the score decides alone.
    expect(
      explainMatch(entry, compileTopic({ id: 'p', query: 'detained', minScore: 100 })).matched,
    ).toBe(false);
    const unsure = compileTopic({
      id: 'p',
      query: 'detained',
      minScore: 100,
      textModel: model({ hives: 1 }),
    });
    expect(explainMatch(entry, unsure)).toMatchObject({ matched: false, terms: ['detained'] });
  });

  it('never takes in an entry the topic does not make a candidate', () => {
    const topic = compileTopic({
      id: 'p',
      query: 'arrested',
      textModel: model({ 't:beekee': 5, hives: 5 }),
    });
    const match = explainMatch({ title: 'Beekeeper detained', text: 'His hives.' }, topic);
    expect(match).toMatchObject({ matched: false, score: 0 });
    expect(match.model).toBeUndefined();
  });

  it("lets the topic's evidence against an entry overrule the model", () => {
    const topic = compileTopic({
      id: 'p',
      query: 'jailed',
      minScore: 100,
      evidence: [{ id: 'ordinary-crime', kind: 'against', query: 'bribery' }],
      textModel: model({ 't:jailed': 5 }),
    });
    expect(explainMatch({ title: 'Mayor jailed', text: 'For his posts.' }, topic).matched).toBe(
      true,
    );
    expect(explainMatch({ title: 'Mayor jailed', text: 'For bribery.' }, topic)).toMatchObject({
      matched: false,
      model: { probability: 0.881 },
    });
  });

  it('is open to the model only for a candidate with no evidence against it', () => {
    const topic = compileTopic({
      id: 'p',
      query: 'jailed',
      minScore: 100,
      evidence: [{ id: 'ordinary-crime', kind: 'against', query: 'bribery' }],
    });
    const evidenceOf = (title: string, text: string) =>
      explainMatch({ title, text }, topic).evidence;
    expect(isOpenToModel(evidenceOf('Mayor jailed', 'For his posts.'))).toBe(true);
    expect(isOpenToModel(evidenceOf('Mayor jailed', 'For bribery.'))).toBe(false);
    // Not a candidate: no evidence is weighed, and the model is not asked.
    expect(isOpenToModel(evidenceOf('Mayor elected', 'For bribery.'))).toBe(false);
  });

  it('rejects a model file that is not one, saying what is wrong', () => {
    expect(() => parseTextModel('[]')).toThrow(/format/);
    const good = {
      format: 'topicfeed-text-model/1',
      stemLength: 6,
      textWords: 80,
      threshold: 0.7,
      bias: -1,
      weights: { a: 1 },
    };
    expect(parseTextModel(JSON.stringify(good)).weights.get('a')).toBe(1);
    expect(() => parseTextModel(JSON.stringify({ ...good, threshold: 2 }))).toThrow(/"threshold"/);
    expect(() => parseTextModel(JSON.stringify({ ...good, weights: { a: 'x' } }))).toThrow(/"a"/);
    const dir = mkdtempSync(join(tmpdir(), 'topicfeed-model-'));
    writeFileSync(join(dir, 'bad.model.json'), '{"format": "other"}');
    writeFileSync(
      join(dir, 'c.yaml'),
      'topics:\n  - { id: p, title: P, query: "prisoner*", model: bad.model.json }\n  - { id: q, title: Q, query: x, model: none.json }\n',
    );
    expect(() => loadConfig(join(dir, 'c.yaml'))).toThrow(
      /topics\.0\.model: cannot read model: "format"/,
    );
    expect(() => loadConfig(join(dir, 'c.yaml'))).toThrow(/topics\.1\.model: cannot read model/);
  });

  it('is read by the shipped configs for both topics', () => {
    for (const file of ['config/topicfeed.yaml', 'config/container.yaml', 'config/demo.yaml'])
      for (const topic of loadConfig(file).topics)
        expect(topic.compiled.textModel?.weights.size).toBeGreaterThan(1000);
  });
});
