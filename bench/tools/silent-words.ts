import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  compileNewsLexicon,
  lookUpConcept,
  readNumberWord,
  STOP_WORDS,
  stemWord,
} from '../../src/clusterer/index.js';
import { tokenizeWithSentenceStarts } from '../../src/clusterer/tokenize-with-sentence-starts.js';
import { loadLabelledStream } from '../eval/dev-streams.js';

/**
 * `npx tsx bench/tools/silent-words.ts [same|other]`: where the news lexicon is silent. Over the
 * development pairs (world-news dev half, tgcontest, newsroom, newsroom-c), of one story (or of
 * different stories, `other`), the headline words of each side that the other side's headline and
 * lead never say (no shared stem, no shared concept), counted once a pair; then the most frequent
 * pairs of such words, one from each headline. Names (capitalised mid-sentence) are left out.
 */
const LEAD_WORDS = 50;
const lexicon = compileNewsLexicon();

interface Side {
  title: string;
  text: string;
}

interface Pair {
  corpus: string;
  a: Side;
  b: Side;
}

/** A headline's content words (lower-cased, names and stop words left out) and their keys. */
function contentWords(title: string): { word: string; keys: string[] }[] {
  return tokenizeWithSentenceStarts(title, 80).flatMap((token) => {
    const lower = token.word.toLowerCase().replace(/ё/gu, 'е');
    const capital = token.word[0] !== lower[0];
    if ((capital && !token.sentenceStart) || STOP_WORDS.has(lower) || lower.length < 3) return [];
    if (readNumberWord(lower) !== undefined || /\d/u.test(lower)) return [];
    return [{ word: lower, keys: keysOf(lower) }];
  });
}

function keysOf(lower: string): string[] {
  const concept = lookUpConcept(lexicon, lower);
  return concept === undefined ? [`w:${stemWord(lower)}`] : [`c:${concept.id}`];
}

function sideKeys(side: Side): Set<string> {
  const tokens = [
    ...tokenizeWithSentenceStarts(side.title, 80),
    ...tokenizeWithSentenceStarts(side.text, LEAD_WORDS + 40).slice(0, LEAD_WORDS + 40),
  ];
  const keys = new Set<string>();
  for (const token of tokens)
    for (const key of keysOf(token.word.toLowerCase().replace(/ё/gu, 'е'))) keys.add(key);
  return keys;
}

function silent(side: Side, other: Side): string[] {
  const keys = sideKeys(other);
  const words = contentWords(side.title).filter((w) => !w.keys.some((key) => keys.has(key)));
  return [...new Set(words.map((w) => w.word))];
}

async function collectPairs(same: boolean): Promise<Pair[]> {
  const pairs: Pair[] = [];
  for (const name of ['world-news', 'newsroom', 'newsroom-c'] as const) {
    const stream = await loadLabelledStream(name);
    const items = stream.items.map((item, i) => ({ ...item, entry: stream.entryOf[i] as number }));
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i] as (typeof items)[number];
        const b = items[j] as (typeof items)[number];
        if (name === 'world-news' && (a.half !== 'dev' || b.half !== 'dev')) continue;
        if (a.entry === b.entry || (a.story === b.story) !== same) continue;
        const ea = stream.entries[a.entry]?.input;
        const eb = stream.entries[b.entry]?.input;
        if (ea === undefined || eb === undefined || ea.title === eb.title) continue;
        pairs.push({ corpus: name, a: ea, b: eb });
      }
  }
  const dir = path.resolve(
    import.meta.dirname,
    '../../test/fixtures/corpus/dedup/tgcontest-clustering-pairs',
  );
  for (const pool of ['ru_honey_pool', 'ru_exam_pool', 'ru_train_pool', 'en_train_pool']) {
    const rows = parse(readFileSync(path.join(dir, `${pool}.tsv`)), {
      columns: true,
      delimiter: '\t',
      relax_quotes: true,
    }) as Record<string, string>[];
    for (const row of rows) {
      const gold = row['GOLDEN:quality']?.trim();
      if (gold !== (same ? 'OK' : 'BAD')) continue;
      const side = (s: string) => ({
        title: row[`INPUT:${s}_title`] ?? '',
        text: row[`INPUT:${s}_text`] ?? '',
      });
      pairs.push({ corpus: `tgcontest-${pool.slice(0, 2)}`, a: side('first'), b: side('second') });
    }
  }
  return pairs;
}

function top(counts: Map<string, number>, n: number): string {
  return [...counts]
    .sort((x, y) => y[1] - x[1])
    .slice(0, n)
    .map(([key, count]) => `${count} ${key}`)
    .join('\n');
}

const same = process.argv[2] !== 'other';
const pairs = await collectPairs(same);
const words = new Map<string, number>();
const wordPairs = new Map<string, number>();
const byCorpus = new Map<string, number>();
for (const pair of pairs) {
  if (process.env.CORPUS !== undefined && !pair.corpus.startsWith(process.env.CORPUS)) continue;
  const sa = silent(pair.a, pair.b);
  const sb = silent(pair.b, pair.a);
  byCorpus.set(pair.corpus, (byCorpus.get(pair.corpus) ?? 0) + 1);
  for (const word of [...sa, ...sb]) words.set(word, (words.get(word) ?? 0) + 1);
  if (process.env.WORD !== undefined && [...sa, ...sb].includes(process.env.WORD))
    process.stdout.write(`${pair.corpus}\n  A: ${pair.a.title}\n  B: ${pair.b.title}\n`);
  for (const x of sa)
    for (const y of sb) {
      const key = x < y ? `${x} / ${y}` : `${y} / ${x}`;
      wordPairs.set(key, (wordPairs.get(key) ?? 0) + 1);
    }
}
const total = [...words.values()].reduce((sum, count) => sum + count, 0);
process.stdout.write(`pairs ${JSON.stringify(Object.fromEntries(byCorpus))} silent ${total}\n`);
process.stdout.write(`## silent words\n${top(words, Number(process.env.TOP ?? 150))}\n`);
process.stdout.write(`## silent word pairs\n${top(wordPairs, Number(process.env.TOP ?? 150))}\n`);
