import { NEWS_LEXICON_TABLE, PLACE_LEXICON_TABLE } from './news-lexicon-table.js';

/**
 * What a concept is: an event (what happened), a thing (what it is about), or, in the country
 * table (country-names-table.ts), a place's name or its people's word (adjective, demonym).
 */
export type ConceptKind = 'event' | 'thing' | 'place' | 'people';
const KINDS: readonly string[] = ['event', 'thing', 'place', 'people'];

/** A concept of the news lexicon (or of the country table, which has its format). */
export interface Concept {
  id: string;
  kind: ConceptKind;
  /** The language of the form that matched: `en`, `ru` or `be`. */
  language: string;
  /** The form (word or `stem*`) that matched. */
  form: string;
}

interface Entry {
  id: string;
  kind: ConceptKind;
  language: string;
  form: string;
}

/** Words that match only when whole, and stems by their first two letters (see prefixKey). */
export interface NewsLexicon {
  words: Map<string, Entry>;
  stems: Map<number, { stem: string; entry: Entry }[]>;
  /** Phrases (`walked_free`, `выш*_на_свободу`) by their first word's two letters: each word a form. */
  phrases: Map<number, { parts: PhrasePart[]; entry: Entry }[]>;
}

/** One word of a phrase: the whole word, or a stem (`выш*`) that takes an ending. */
interface PhrasePart {
  text: string;
  stem: boolean;
}

const LANGUAGES = ['en', 'ru', 'be'];
/** A stem matches a word at most this many letters longer: an ending, not another word. */
const MAX_ENDING = 5;

/** Parses the lexicon tables (see news-lexicon-table.ts) into lookup maps. The first entry wins. */
export function compileNewsLexicon(
  tables: string[] = [NEWS_LEXICON_TABLE, PLACE_LEXICON_TABLE],
): NewsLexicon {
  const lexicon: NewsLexicon = { words: new Map(), stems: new Map(), phrases: new Map() };
  for (const line of tables.join('\n').split('\n')) {
    if (line.trim() === '') continue;
    const [head = '', ...columns] = line.split('|').map((part) => part.trim());
    const [kind, id] = head.split(/\s+/u);
    if (kind === undefined || !KINDS.includes(kind) || id === undefined)
      throw new Error(`clusterer: bad news-lexicon line: ${line}`);
    columns.forEach((column, i) => {
      for (const form of column.split(/\s+/u).filter(Boolean)) {
        const entry = { id, kind, language: LANGUAGES[i] ?? 'en', form } as Entry;
        addForm(lexicon, form.replace(/ё/gu, 'е'), entry);
      }
    });
  }
  return lexicon;
}

function addForm(lexicon: NewsLexicon, form: string, entry: Entry): void {
  if (form.includes('_')) {
    const parts = form.split('_').map((part) => {
      const stem = part.endsWith('*');
      return { text: stem ? part.slice(0, -1) : part, stem };
    });
    const key = prefixKey(parts[0]?.text ?? '');
    lexicon.phrases.set(key, [...(lexicon.phrases.get(key) ?? []), { parts, entry }]);
    return;
  }
  if (!form.endsWith('*')) {
    if (!lexicon.words.has(form)) lexicon.words.set(form, entry);
    return;
  }
  const stem = form.slice(0, -1);
  const key = prefixKey(stem);
  const list = lexicon.stems.get(key) ?? [];
  list.push({ stem, entry });
  list.sort((a, b) => b.stem.length - a.stem.length);
  lexicon.stems.set(key, list);
}

/** The concept a lower-cased word stands for, or undefined: whole words first, then the longest stem. */
export function lookUpConcept(lexicon: NewsLexicon, word: string): Concept | undefined {
  const whole = lexicon.words.get(word);
  if (whole !== undefined) return whole;
  for (const { stem, entry } of lexicon.stems.get(prefixKey(word)) ?? []) {
    if (word.startsWith(stem) && word.length - stem.length <= MAX_ENDING) return entry;
  }
  return undefined;
}

/**
 * The concept of a lower-cased English plural whose singular is a whole word of the lexicon
 * ("railways", "ministries": the lexicon lists the plurals its entries need, not every one), or
 * undefined. Asked after lookUpConcept and the countries ("Australians" is a people, read as its
 * country).
 */
export function lookUpPlural(lexicon: NewsLexicon, word: string): Concept | undefined {
  const singular = englishSingular(word);
  return singular === undefined ? undefined : lexicon.words.get(singular);
}

/** A Latin word of four letters or more in -s (not -ss, -us, -is) without it; -ies as -y. */
function englishSingular(word: string): string | undefined {
  if (word.length < 4 || !/^[a-z]+s$/u.test(word) || /(?:ss|us|is)$/u.test(word)) return undefined;
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
}

/**
 * The concept a clipped word stands for (the "Бел" of "БелАЭС"): the one concept of every stem of
 * the lexicon that begins with the lower-cased `head` (at least three letters), else undefined.
 */
export function lookUpClipped(lexicon: NewsLexicon, head: string): Concept | undefined {
  if (head.length < 3) return undefined;
  let found: Entry | undefined;
  for (const { stem, entry } of lexicon.stems.get(prefixKey(head)) ?? []) {
    if (!stem.startsWith(head)) continue;
    if (found !== undefined && found.id !== entry.id) return undefined;
    found = entry;
  }
  return found;
}

/**
 * The concept of a phrase that opens at `words[at]` (given lower-cased as `word`), and how many
 * words it takes. A phrase's words match as forms do (whole, or `stem*` with an ending): "walked
 * free", "вышла на свободу", "выйшаў на волю".
 */
export function lookUpPhrase(
  lexicon: NewsLexicon,
  word: string,
  words: readonly { word: string }[],
  at: number,
): { concept: Concept; words: number } | undefined {
  const phrases = lexicon.phrases.get(prefixKey(word));
  if (phrases === undefined) return undefined;
  for (const { parts, entry } of phrases) {
    // The opening word is given lower-cased; the next ones are lower-cased only when it matched.
    if (!matchesPart(parts[0] as PhrasePart, word)) continue;
    let k = 1;
    while (k < parts.length && matchesPart(parts[k] as PhrasePart, lowerWord(words[at + k]))) k++;
    if (k === parts.length) return { concept: entry, words: parts.length };
  }
  return undefined;
}

function lowerWord(token: { word: string } | undefined): string | undefined {
  if (token === undefined) return undefined;
  const lower = token.word.toLowerCase();
  return lower.includes('ё') ? lower.replace(/ё/gu, 'е') : lower;
}

/** Whether a lower-cased `word` is the part, or begins with its stem and ends in at most MAX_ENDING letters. */
function matchesPart(part: PhrasePart, word: string | undefined): boolean {
  if (word === undefined) return false;
  if (!part.stem) return word === part.text;
  return word.startsWith(part.text) && word.length - part.text.length <= MAX_ENDING;
}

/**
 * A number for the first two code units of `text` (its first one, or none, when shorter): one
 * per distinct `text.slice(0, 2)`, read without making that string.
 */
function prefixKey(text: string): number {
  if (text.length >= 2) return text.charCodeAt(0) * 0x10000 + text.charCodeAt(1);
  return text.length === 1 ? -1 - text.charCodeAt(0) : -0x20000;
}
