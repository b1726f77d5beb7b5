import { skeletonizeName } from './skeletonize-name.js';

/*
 * Who a headline says is speaking ("X says…", "X заявил…", "X: …"). Two parties' statements on
 * one process, or one party's statement and another's, are different stories to a reader; two
 * reports of one statement name the same speaker (measure-facts.ts: speakerConflict).
 */

/**
 * Verbs of saying, in the forms headlines use (English present and past; Russian and Belarusian
 * past and present third person). Nouns ("заявление", "обвинение") are not statements here.
 */
const SPEECH_VERB = new RegExp(
  [
    String.raw`\b(?:says?|said|claim(?:s|ed)?|warn(?:s|ed)?|urge[sd]?|den(?:y|ies|ied)|insist(?:s|ed)?|vow(?:s|ed)?|accuse[sd]?|predict(?:s|ed)?|tells?|told|admit(?:s|ted)?|calls? (?:for|on))\b`,
    String.raw`(?<![\p{L}])(?:заяв(?:ил|ля[ею]т)|сообщ(?:ил|а[ею]т)|призв(?:ал)|призыва[ею]т|рассказал|счита[ею]т|подтверд(?:ил)|подтвержда[ею]т|опроверг|предупред(?:ил)|предупрежда[ею]т|пообещал|обеща[ею]т|обвин(?:ил|я[ею]т)|утвержда[ею]т|увер(?:ен|ял|я[ею]т)|говор(?:ит|ят)|сказал|отрица[ею]т|предрекл|предсказал|поясн(?:ил)|объясн(?:ил)|признал|раскритиковал|посетовал|отметил|назвал|ответил)\p{L}*`,
    String.raw`(?<![\p{L}])(?:заявіў|заявіл|паведаміў|паведамл|заклікаў|заклікал|ліч(?:ыць|аць)|сказаў|сказал|абяца|папярэдзі|пацвердзі)\p{L}*`,
  ].join('|'),
  'iu',
);
/** SPEECH_VERB for matchAll, made once (matchAll works on a copy). */
const SPEECH_VERBS = new RegExp(SPEECH_VERB.source, 'giu');
/**
 * "Name Surname: words" — a quote introduced by its speaker's name (one to three words). A Latin
 * headline labels its topic this way ("Place: event", "Name: a life in pictures") and marks a
 * quote with quotation marks; a Cyrillic one introduces a statement with it.
 */
const NAME_COLON = /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)\s*:\s+\S/u;
/** Who reports, not who speaks: "the media", "sources", "reports" say what others said. */
const NOT_SPEAKERS = /^(?:media|sources?|reports?|сми|источник\p{L}*|крыніц\p{L}*)$/iu;
const CLAUSE_BREAK = /[:;,—–«»"“”]|\s-\s/u;
const QUOTE_START = /^\s*["“«'‘„]/u;
/**
 * A verb of saying that reports no statement of the words before it: a Russian reflexive, which
 * is a passive ("обвиняется", "подтвердился": is accused, was confirmed), or an English
 * participle ("accused of", "was told"), infinitive ("moves to claim") or noun ("his vow").
 */
const REFLEXIVE = /(?:ся|сь)$/iu;
/** "accused of…" straight after the subject, or "Accused killer…": the participle. */
const PARTICIPLE = /^accused$/iu;
/** Words after which an English verb of saying is a passive, an infinitive or a noun ("his vow"). */
const NOT_A_STATEMENT_BEFORE =
  /\b(?:is|was|were|be|been|being|to|a|an|the|his|her|its|their)\s*$/iu;
/**
 * A Russian plural with no subject reports what someone unnamed said of the words before it, its
 * object ("Министра обвинили…", "Городу предрекли…"); only "В Кремле заявили" names who spoke.
 */
const PLURAL_VERB = /^\p{Script=Cyrillic}+(?:ли|ют|ят|ат|ут)$/iu;
const INSTITUTION = /^\s*(?:в|во|на)\s/iu;

/**
 * Name skeletons of the speaker of a headline that reports a statement: the capitalised words of
 * the clause before the verb of saying (after it when the verb opens its clause: "…, says X"), or
 * of a name introducing a quote ("Name Surname: …"). [] when the headline reports no statement, or
 * names no speaker: a Russian plural with no subject names only an institution ("В X заявили").
 * `names` holds the words known to be names (seen capitalised mid-sentence in the entry): a
 * capitalised first word of the clause counts only then, or when it is an acronym.
 */
export function readSpeakers(title: string, names: ReadonlySet<string>): string[] {
  if (isShouting(title)) return [];
  const colon = NAME_COLON.exec(title);
  if (colon !== null && introducesQuote(title, title.indexOf(':'))) {
    const quoted = speakersOf(colon[1] ?? '', names);
    if (quoted.length > 0) return quoted;
  }
  const verb = findSaying(title);
  if (verb === undefined) return [];
  const before = title.slice(0, verb.index).split(CLAUSE_BREAK).pop() ?? '';
  if (PLURAL_VERB.test(verb.word) && !INSTITUTION.test(before)) return [];
  const speakers = speakersOf(before, names);
  if (speakers.length > 0 || /\p{L}/u.test(before) || verb.index === 0) return speakers;
  const after = title.slice(verb.index + verb.word.length).split(CLAUSE_BREAK)[0] ?? '';
  return speakersOf(after.split(/\s+/u).slice(0, 4).join(' '), names);
}

/** The first verb of saying that reports a statement (no passive), with where it stands. */
function findSaying(title: string): { index: number; word: string } | undefined {
  for (const match of title.matchAll(SPEECH_VERBS)) {
    const index = match.index ?? 0;
    const word = match[0];
    const participle =
      PARTICIPLE.test(word) && (index === 0 || /^\s+of\b/iu.test(title.slice(index + word.length)));
    if (REFLEXIVE.test(word) || participle || NOT_A_STATEMENT_BEFORE.test(title.slice(0, index)))
      continue;
    return { index, word };
  }
  return undefined;
}

/** Whether the words after the colon at `at` are a statement: quoted, or a Cyrillic headline. */
function introducesQuote(title: string, at: number): boolean {
  return QUOTE_START.test(title.slice(at + 1)) || /\p{Script=Cyrillic}/u.test(title);
}

function speakersOf(clause: string, names: ReadonlySet<string>): string[] {
  const speakers: string[] = [];
  const words = clause.match(/[\p{L}][\p{L}.'’-]*/gu) ?? [];
  words.forEach((word, i) => {
    if (!/^\p{Lu}/u.test(word) || NOT_SPEAKERS.test(word)) return;
    if (i === 0 && !names.has(word) && !/^\p{Lu}{2,}/u.test(word)) return;
    const skeleton = skeletonizeName(word);
    if (skeleton.length >= 2 && !speakers.includes(skeleton)) speakers.push(skeleton);
  });
  return speakers.slice(0, 4);
}

/**
 * A headline in capitals or in Title Case (a word of five capitals, or most long words
 * capitalised) says nothing about which of its words are names: no speaker is read from it.
 * One pass over the code points: the runs of letters of four or more ("long"), those of them
 * opening with a capital ("capitalised"), and whether five capitals ever stand in a row.
 */
function isShouting(title: string): boolean {
  let long = 0;
  let capitalised = 0;
  let run = 0;
  let opensCapital = false;
  let capitals = 0;
  for (let i = 0; i < title.length; ) {
    const code = title.codePointAt(i) as number;
    i += code > 0xffff ? 2 : 1;
    const kind = letterKind(code);
    if (kind === OTHER) {
      if (run >= 4) {
        long++;
        if (opensCapital) capitalised++;
      }
      run = 0;
      capitals = 0;
      continue;
    }
    if (run === 0) opensCapital = kind === CAPITAL;
    run++;
    if (kind !== CAPITAL) capitals = 0;
    else if (++capitals >= 5) return true;
  }
  if (run >= 4) {
    long++;
    if (opensCapital) capitalised++;
  }
  return long >= 3 && capitalised >= long * 0.7;
}

const OTHER = 0;
const LETTER = 1;
const CAPITAL = 2;

/** Code points below this are looked up in LETTER_KINDS (Latin, Greek, Cyrillic and before). */
const TABLE_END = 0x530;

/** \p{Lu} → CAPITAL, other \p{L} → LETTER, else OTHER, for the code points below TABLE_END. */
const LETTER_KINDS = Uint8Array.from({ length: TABLE_END }, (_, code) =>
  classify(String.fromCodePoint(code)),
);

function letterKind(code: number): number {
  return code < TABLE_END ? (LETTER_KINDS[code] as number) : classify(String.fromCodePoint(code));
}

function classify(char: string): number {
  if (/\p{Lu}/u.test(char)) return CAPITAL;
  return /\p{L}/u.test(char) ? LETTER : OTHER;
}
