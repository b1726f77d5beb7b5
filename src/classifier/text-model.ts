import type { IndexedDocument } from './build-document.js';

/**
 * A topic's word model: a logistic model over the word stems of an entry's headline and the start
 * of its text, learned from labelled entries (`npx tsx bench/eval/train-topic-model.ts`). Rules
 * say what a topic's news looks like in the words someone thought of; the model has read how
 * many outlets actually write it (a search "over a calendar", a beekeeper detained "over the
 * colours of his hives"), and lets a candidate the rules almost took in (docs/topics.md).
 */
export interface TextModel {
  /** Characters of a folded word that make its stem (Russian and Belarusian endings dropped). */
  stemLength: number;
  /** Words of the text read after the headline. */
  textWords: number;
  /** The probability at which a candidate is in the topic whatever its score. */
  threshold: number;
  bias: number;
  /** Weight per stem: `t:stem` for a stem of the headline, `stem` for one anywhere read. */
  weights: ReadonlyMap<string, number>;
}

/** What the model says of one entry: its probability and the stems that pushed it most. */
export interface TextModelReading {
  probability: number;
  /** Up to five stems that raised the probability most, strongest first. */
  stems: string[];
}

const FORMAT = 'topicfeed-text-model/1';
const SHOWN_STEMS = 5;

/** Reads a model file's text; throws an Error saying what is wrong with it. */
export function parseTextModel(text: string): TextModel {
  const raw: unknown = JSON.parse(text);
  if (typeof raw !== 'object' || raw === null) throw new Error('not a JSON object');
  const model = raw as Record<string, unknown>;
  if (model.format !== FORMAT) throw new Error(`"format" must be "${FORMAT}"`);
  const number = (key: string, min: number, max: number): number => {
    const value = model[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
      throw new Error(`"${key}" must be a number from ${min} to ${max}`);
    return value;
  };
  const weights = model.weights;
  if (typeof weights !== 'object' || weights === null || Array.isArray(weights))
    throw new Error('"weights" must be an object of stem to number');
  const map = new Map<string, number>();
  for (const [stem, weight] of Object.entries(weights)) {
    if (typeof weight !== 'number' || !Number.isFinite(weight))
      throw new Error(`the weight of "${stem}" is not a number`);
    map.set(stem, weight);
  }
  return {
    stemLength: Math.trunc(number('stemLength', 3, 20)),
    textWords: Math.trunc(number('textWords', 0, 10_000)),
    threshold: number('threshold', 0, 1),
    bias: number('bias', -1e3, 1e3),
    weights: map,
  };
}

/** The stems a model reads in a headline and a text's first words (as the trainer reads them). */
export function readStems(
  title: readonly string[],
  text: readonly string[],
  model: Pick<TextModel, 'stemLength' | 'textWords'>,
): string[] {
  const stem = (words: readonly string[]) =>
    words
      .filter((word) => word.length > 2 && !/^\d+$/.test(word))
      .map((word) => word.slice(0, model.stemLength));
  const head = stem(title);
  const features = new Set<string>();
  for (const word of head) features.add(`t:${word}`);
  for (const word of [...head, ...stem(text.slice(0, model.textWords))]) features.add(word);
  return [...features];
}

/** The model's reading of an indexed entry. */
export function readTextModel(model: TextModel, doc: IndexedDocument): TextModelReading {
  const word = (id: number) => doc.words.slice(doc.starts[id], (doc.starts[id + 1] as number) - 1);
  const title = Array.from(doc.title, word);
  const text = Array.from(doc.content.subarray(0, model.textWords), word);
  const stems = readStems(title, text, model);
  const raising: [string, number][] = [];
  for (const stem of stems) {
    const weight = model.weights.get(stem) ?? 0;
    if (weight > 0) raising.push([stem, weight]);
  }
  raising.sort((a, b) => b[1] - a[1]);
  return {
    probability: Math.round(1000 * stemsProbability(model, stems)) / 1000,
    stems: raising.slice(0, SHOWN_STEMS).map(([stem]) => stem),
  };
}

/** The model's probability for an entry of these stems (readStems), unrounded; the trainer's too. */
export function stemsProbability(
  model: Pick<TextModel, 'bias' | 'weights'>,
  stems: readonly string[],
): number {
  let logit = model.bias;
  for (const stem of stems) logit += model.weights.get(stem) ?? 0;
  return 1 / (1 + Math.exp(-logit));
}
