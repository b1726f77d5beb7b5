import type { FingerprintFeatures } from './fingerprint-entry.js';

const MAX_MATCHES = 6;

/**
 * What carried across languages: `match:` a word of one side and of the other that meet as one
 * name skeleton (`name`), lexicon concept (`lexicon`), number or approximate quantity, e.g.
 * `match:Tsikhanouski=Ціханоўскага(name tknf)`.
 */
export function explainCrossLingual(a: FingerprintFeatures, b: FingerprintFeatures): string[] {
  const wordsOf = (features: FingerprintFeatures) => {
    const words = new Map<string, string>();
    for (const item of features.evidence) {
      const at = item.indexOf('=');
      if (!words.has(item.slice(0, at))) words.set(item.slice(0, at), item.slice(at + 1));
    }
    return words;
  };
  const left = wordsOf(a);
  const right = wordsOf(b);
  const matches: string[] = [];
  for (const [term, word] of left) {
    const other = right.get(term);
    if (other === undefined) continue;
    const kind = term.startsWith('e:') ? 'name' : 'lexicon';
    matches.push(`match:${word}=${other}(${kind} ${term.slice(2)})`);
    if (matches.length >= MAX_MATCHES) break;
  }
  const numbers = a.titleCross.filter((t) => t.startsWith('#:') && b.titleCross.includes(t));
  // A quantity told approximately (`~1/3`, `~c17`: read-quantities.ts) is no number as written.
  for (const number of numbers.slice(0, 2))
    matches.push(`match:${number.slice(2)}(${number.startsWith('#:~') ? 'quantity' : 'number'})`);
  return matches;
}
