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
/** "Name Surname: words" — a quote introduced by its speaker's name (one to three words). */
const NAME_COLON = /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)\s*:\s+\S/u;
/** Who reports, not who speaks: "the media", "sources", "reports" say what others said. */
const NOT_SPEAKERS = /^(?:media|sources?|reports?|сми|источник\p{L}*|крыніц\p{L}*)$/iu;
const CLAUSE_BREAK = /[:;,—–«»"“”]|\s-\s/u;

/**
 * Name skeletons of the speaker of a headline that reports a statement: the capitalised words of
 * the clause before the verb of saying (after it when none stand before), or of a name introducing
 * a quote ("Name Surname: …"). [] when the headline reports no statement or names no speaker.
 * `names` holds the words known to be names (seen capitalised mid-sentence in the entry): a
 * capitalised first word of the clause counts only then, or when it is an acronym.
 */
export function readSpeakers(title: string, names: ReadonlySet<string>): string[] {
  if (isShouting(title)) return [];
  const colon = NAME_COLON.exec(title);
  const quoted = speakersOf(colon?.[1] ?? '', names);
  if (quoted.length > 0) return quoted;
  const verb = SPEECH_VERB.exec(title);
  if (verb === null) return [];
  const before = title.slice(0, verb.index).split(CLAUSE_BREAK).pop() ?? '';
  const speakers = speakersOf(before, names);
  if (speakers.length > 0) return speakers;
  const after = title.slice(verb.index + verb[0].length).split(CLAUSE_BREAK)[0] ?? '';
  return speakersOf(after.split(/\s+/u).slice(0, 4).join(' '), names);
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
 */
function isShouting(title: string): boolean {
  if (/\p{Lu}{5,}/u.test(title)) return true;
  const long = (title.match(/\p{L}{4,}/gu) ?? []).length;
  const capitalised = (title.match(/(?<!\p{L})\p{Lu}\p{L}{3,}/gu) ?? []).length;
  return long >= 3 && capitalised >= long * 0.7;
}
