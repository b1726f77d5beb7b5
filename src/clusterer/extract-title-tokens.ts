import { listWords } from './tokenize-text.js';

const STEM = 6;
const STOP = new Set(
  'that this with from after over into about have will were been their they says said what when which than more news breaking'.split(
    ' ',
  ),
);

/** Distinct content words of a title, cut to six letters as a crude stem. */
export function extractTitleTokens(title: string, max: number): string[] {
  const tokens = new Set<string>();
  for (const word of listWords(title, 60)) {
    if (word.length < 4 || STOP.has(word)) continue;
    tokens.add(word.slice(0, STEM));
    if (tokens.size >= max) break;
  }
  return [...tokens];
}
