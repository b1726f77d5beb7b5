import { beforeAll, describe, expect, it } from 'vitest';
import { explainMatch, withWeights } from '../../src/classifier/index.js';
import { type CorpusRun, loadCorpus, runCorpus } from '../helpers/evaluate-corpus.js';
import {
  createTopicEvaluator,
  type RunPart,
  type TopicEvaluator,
} from '../helpers/evaluate-topics.js';
import { generateUnrelatedStream } from '../helpers/unrelated-stream.js';

const TOPIC_TARGET = 0.95;

let development: RunPart[];
let evaluator: TopicEvaluator;

beforeAll(async () => {
  // The real pipeline: both development corpora's feeds over local HTTP, the shipped topics
  // (their evidence groups, and weights learned from the shipped example set).
  const runs: CorpusRun[] = [
    await runCorpus(loadCorpus('newsroom')),
    await runCorpus(loadCorpus('newsroom-c')),
  ];
  development = runs.map((run) => ({ run }));
  evaluator = createTopicEvaluator();
}, 120_000);

describe('shipped topics on both development corpora, scored at story level', () => {
  it.each(['belarus', 'political-prisoners'])(
    '%s: the served feed keeps precision and recall at 0.95 or more',
    (topic) => {
      const figures = evaluator.score(development, topic, 'plain');
      expect(figures.precision, figures.misses.join('\n')).toBeGreaterThanOrEqual(TOPIC_TARGET);
      expect(figures.recall, figures.misses.join('\n')).toBeGreaterThanOrEqual(TOPIC_TARGET);
    },
  );

  it.each(['belarus', 'political-prisoners'])(
    '%s: leave one outlet out (learned without its examples) keeps 0.95 or more',
    (topic) => {
      const figures = evaluator.score(development, topic, 'cv');
      expect(figures.precision, figures.misses.join('\n')).toBeGreaterThanOrEqual(TOPIC_TARGET);
      expect(figures.recall, figures.misses.join('\n')).toBeGreaterThanOrEqual(TOPIC_TARGET);
    },
  );
});

describe('political-prisoners on a stream of unrelated news', () => {
  // The stream's headline templates that report a prosecution or a detention (unrelated-stream.ts).
  const PROSECUTION =
    /^Court sentences |^Protest in .* over arrest of | released after \d+ months in custody| detained in |barred from leaving|задержан|приговорен|вышел на свободу/u;

  it('takes only items about a prosecution, and not a bare detention with nothing political', () => {
    const topic = evaluator.topics.find((t) => t.id === 'political-prisoners');
    if (!topic) throw new Error('no political-prisoners topic in the shipped config');
    const model = withWeights(topic.compiled, evaluator.learnedWeights(topic.id));
    const stream = generateUnrelatedStream({ feeds: 60, items: 3000, seed: 8, hours: 72 });
    const taken = stream.filter((item) => explainMatch(item, model).matched).map((i) => i.title);
    expect(taken.filter((title) => !PROSECUTION.test(title))).toEqual([]);
    const detained = stream.filter((item) => / detained in /u.test(item.title));
    expect(detained.length).toBeGreaterThan(50);
    expect(taken.filter((title) => / detained in /u.test(title))).toEqual([]);
  });
});

describe('political-prisoners (shipped): a designation about the story, or in passing', () => {
  const filler = (n: number, topic: string) =>
    Array.from(
      { length: n },
      (_, i) =>
        `Paragraph ${i + 1} on ${topic}: figures were mixed. Analysts expect little change.`,
    ).join('\n');
  const judge = (entry: { title: string; text: string }) => {
    const topic = evaluator.topics.find((t) => t.id === 'political-prisoners');
    if (!topic) throw new Error('no political-prisoners topic in the shipped config');
    return explainMatch(entry, withWeights(topic.compiled, evaluator.learnedWeights(topic.id)));
  };

  it('keeps out a long feature that names political prisoners once among other things', () => {
    const feature = {
      title: 'What to know about the parliamentary vote in Ruritania',
      text: `Voters choose a new parliament on Sunday. Turnout is expected to be low.\n${filler(4, 'the economy')}\nThe opposition, several of whose leaders live abroad, also speaks of political prisoners and of the cost of living.\n${filler(3, 'the budget')}`,
    };
    expect(judge(feature).matched).toBe(false);
  });

  it("takes a designation in the fifth paragraph when it names the headline's person (EN, RU)", () => {
    const english = {
      title: 'Anna Vermeer marks her sixtieth birthday',
      text: `Friends gathered on Sunday. A cake was sent.\n${filler(4, 'the weather')}\nRights groups recognised Vermeer as a political prisoner in 2023.`,
    };
    expect(judge(english).matched).toBe(true);
    const russian = {
      title: 'Мария Ковальская отметила 60-летие',
      text: `Друзья собрались в воскресенье. Торт передали.\n${filler(4, 'погода')}\nПравозащитники признали Ковальскую политзаключенной в 2023 году.`,
    };
    expect(judge(russian).matched).toBe(true);
  });
});
