import { describe, expect, it } from 'vitest';
import {
  compileTopic,
  readWeights,
  type TopicDefinition,
} from '../../src/classifier/compile-topic.js';
import { crossValidate } from '../../src/classifier/cross-validate.js';
import {
  type LabelledExample,
  learnWeights,
  measureExamples,
} from '../../src/classifier/learn-weights.js';

const DEFINITION: TopicDefinition = {
  id: 'pp',
  query: 'jailed',
  evidence: [
    { id: 'designation', kind: 'decisive', query: '"political prisoner*"' },
    { id: 'charge', kind: 'supporting', query: 'treason' },
    { id: 'actor', kind: 'supporting', query: 'blogger OR journalist' },
    { id: 'crime', kind: 'against', query: 'fraud OR murder' },
  ],
};

function example(title: string, label: boolean, group?: string): LabelledExample {
  return { entry: { title, text: '' }, label, ...(group ? { group } : {}) };
}

/** Stories told the way the topic's labels say: treason cases belong, fraud cases do not. */
function labelledSet(): LabelledExample[] {
  const set: LabelledExample[] = [];
  for (let i = 0; i < 12; i += 1) {
    set.push(example(`Pensioner ${i} charged with treason`, true, `t${i}`));
    set.push(example(`Banker ${i} jailed for fraud`, false, `f${i}`));
    set.push(example(`Blogger ${i} jailed for a post`, true, `b${i}`));
    set.push(example(`Weather report ${i}`, false));
  }
  return set;
}

describe('learnWeights', () => {
  const topic = compileTopic(DEFINITION);

  it('raises the weight of evidence that marks the labelled entries, and says what it learned from', () => {
    const before = readWeights(topic);
    const learned = learnWeights(topic, measureExamples(topic, labelledSet()));
    const after = readWeights(learned);
    expect(after.charge).toBeGreaterThan(before.charge as number);
    expect(learned.learned).toEqual({ examples: 48, positives: 24 });
    const treason = measureExamples(learned, [example('Teacher charged with treason', true)]);
    expect(treason[0]?.candidate).toBe(true);
  });

  it('keeps every weight to its kind: against at or below 0, decisive at or above the bar', () => {
    const misleading = [
      ...Array.from({ length: 10 }, (_, i) => example(`Political prisoner count ${i}`, false)),
      ...Array.from({ length: 10 }, (_, i) => example(`Fraud suspect ${i} jailed`, true)),
    ];
    const weights = readWeights(learnWeights(topic, measureExamples(topic, misleading)));
    expect(weights.designation).toBeGreaterThanOrEqual(2.5);
    expect(weights.crime).toBeLessThanOrEqual(0);
  });

  it('keeps the configured weights on no examples, and moves further on many than on one', () => {
    const none = learnWeights(topic, []);
    expect(readWeights(none)).toEqual(readWeights(topic));
    const treason = (n: number) =>
      Array.from({ length: n }, (_, i) => example(`Treason trial ${i}`, true, `t${i}`));
    const one = readWeights(learnWeights(topic, measureExamples(topic, treason(1)))).charge ?? 0;
    const many = readWeights(learnWeights(topic, measureExamples(topic, treason(20)))).charge ?? 0;
    expect(one).toBeGreaterThan(0.5);
    expect(many).toBeGreaterThan(one);
  });

  it('learns nothing from entries the topic does not find at all', () => {
    const unseen = measureExamples(topic, [example('Weather report', true)]);
    expect(unseen[0]?.candidate).toBe(false);
    expect(readWeights(learnWeights(topic, unseen))).toEqual(readWeights(topic));
  });

  it('gives the same weights for the same examples', () => {
    const measured = measureExamples(topic, labelledSet());
    expect(readWeights(learnWeights(topic, measured))).toEqual(
      readWeights(learnWeights(topic, measured)),
    );
  });
});

describe('crossValidate', () => {
  const topic = compileTopic(DEFINITION);

  it('reports configured, learned and cross-validated figures over the examples', () => {
    const result = crossValidate(topic, measureExamples(topic, labelledSet()), 4);
    expect(result).toMatchObject({ folds: 4, examples: 48, positives: 24 });
    // Configured: "Pensioner charged with treason" (1.5) stays under the bar; learned: it passes.
    expect(result.configured.recall).toBeLessThan(1);
    expect(result.crossValidated.recall).toBe(1);
    expect(result.crossValidated.precision).toBe(1);
    expect(result.misses).toEqual([]);
  });

  it('keeps the examples of one group in one fold and lists the misses it makes', () => {
    // Every "treason" example is in one group: the folds that judge them never learned from them.
    const grouped = labelledSet().map((e) =>
      e.entry.title.includes('treason') ? { ...e, group: 'treason' } : e,
    );
    const result = crossValidate(topic, measureExamples(topic, grouped), 4);
    expect(result.crossValidated.fn).toBe(12);
    expect(result.misses).toHaveLength(12);
    expect(result.learned.fn).toBe(0);
  });
});
