import { describe, expect, it } from 'vitest';
import { tokenizeWithSentenceStarts } from '../../src/clusterer/index.js';
import {
  bodyTokensOf,
  type ReadToken,
  tokenizeMemberText,
  type WordTable,
} from '../../src/provenance/member-words.js';
import * as madeUpStories from '../clusterer/made-up-stories.js';
import * as madeUpNews from '../stories/made-up-news.js';
import { loadLabelledStories } from './copy-kinds.js';

/** Texts whose splitting is easy to get wrong: punctuation, dashes, quotes, apostrophes, scripts. */
const TRICKY = [
  'Hello, world — again.\nNext line',
  '123 Main Street: "We will not go," she said – and left.',
  "Officials' statement: the O'Neill-led team's rock-'n'-roll",
  '«Мы не уйдём», — сказал Ёжиков. Полёт — в 10:00!',
  '   leading spaces… (and brackets) «nested „quotes“»',
  '',
  '2026',
];

const plain = (tokens: readonly ReadToken[]) =>
  tokens.map(({ word, sentenceStart }) => ({ word, sentenceStart }));

async function memberTexts(): Promise<{ title: string; text: string }[]> {
  const made = [...Object.values(madeUpStories), ...Object.values(madeUpNews)].filter(
    (value): value is { title: string; text: string } =>
      typeof value === 'object' && value !== null && 'title' in value && 'text' in value,
  );
  const corpus = (await loadLabelledStories('newsroom')).flat();
  return [...made, ...corpus, ...TRICKY.map((text) => ({ title: TRICKY[0] ?? '', text }))];
}

describe('tokenizeMemberText', () => {
  it('splits and flags words as tokenizeWithSentenceStarts does, cut at the same word', async () => {
    const texts = (await memberTexts()).flatMap(({ title, text }) => [title, text]);
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) {
      for (const max of [3, 6000]) {
        const ours = tokenizeMemberText(text, max, new Map());
        expect(plain(ours)).toEqual(tokenizeWithSentenceStarts(text, max));
      }
    }
  });

  it('keeps the text before each word, "\\n" before the first', () => {
    const tokens = tokenizeMemberText('Hello, world — again.\nNext', 10, new Map());
    expect(tokens.map((token) => token.gap)).toEqual(['\n', ', ', ' — ', '.\n']);
  });

  it('gives one MemberWord per spelling, folded and lower-cased', () => {
    const table: WordTable = new Map();
    const [first, second, third] = tokenizeMemberText('Ёжиков ёжиков Ёжиков', 10, table);
    expect(first?.info).toBe(third?.info);
    expect(first?.info).not.toBe(second?.info);
    expect(first?.info).toMatchObject({ lower: 'ёжиков', folded: 'ежиков', capitalised: true });
    expect(table.size).toBe(2);
  });
});

describe('bodyTokensOf', () => {
  it('gives the body words of title + "\\n" + body as the body split alone', async () => {
    const pairs = await memberTexts();
    pairs.push(
      { title: '', text: 'Body only. Here' },
      { title: 'Title ends with a dash —', text: '12 people, said Smith' },
      { title: 'Same text', text: 'Same text' },
    );
    for (const { title, text } of pairs) {
      for (const max of [4, 6000]) {
        const table: WordTable = new Map();
        const tokens = tokenizeMemberText(`${title}\n${text}`, max, table);
        const titleWords = tokenizeMemberText(title, max, table).length;
        const body = bodyTokensOf(tokens, titleWords, text, max, table);
        const alone = tokenizeMemberText(text, max, table);
        expect(body.map(({ word, sentenceStart, gap }) => ({ word, sentenceStart, gap }))).toEqual(
          alone.map(({ word, sentenceStart, gap }) => ({ word, sentenceStart, gap })),
        );
        expect(body.map((token) => token.info)).toEqual(alone.map((token) => token.info));
      }
    }
  });
});
