import { type AnalyzedText, analyzeText, collectNames } from './analyze-text.js';
import { detectGenre } from './detect-genre.js';
import { isTeaser, withholdsNames } from './detect-teaser.js';
import { dropBoilerplate } from './drop-boilerplate.js';
import { extractDates, newsDates } from './extract-dates.js';
import {
  type ClusterInput,
  FINGERPRINT_VERSION,
  type Fingerprint,
  type FingerprintFeatures,
} from './fingerprint-features.js';
import { buildKeys, skeletonizeUrl } from './fingerprint-keys.js';
import { computeMinHash, hashString } from './min-hash.js';
import { collectStartMentions, isTitleCase } from './name-words.js';
import { compileNewsLexicon, type NewsLexicon } from './news-lexicon.js';
import { listHeadlinePlaces, listPlaceMentions } from './place-roots.js';
import { extractQuotedNames } from './quoted-names.js';
import { listPhrases } from './read-abbreviations.js';
import { readAges } from './read-ages.js';
import { readChanges } from './read-changes.js';
import { readContests } from './read-contests.js';
import { listCountryNames } from './read-country.js';
import { readEventDays } from './read-event-days.js';
import { listAcronyms, listInitialisms } from './read-initialisms.js';
import { listLocations, listStartPlaces } from './read-locations.js';
import { readNumberKinds } from './read-number-kinds.js';
import { readPeople } from './read-people.js';
import { type QuantityReading, readQuantities } from './read-quantities.js';
import { listRegionPlaces, readRegionRefs } from './read-regions.js';
import { listRegionsOfCountries } from './read-regions-of-countries.js';
import { readSpeakers } from './read-speakers.js';
import { listPlacesInside, listPlacesWithin } from './read-world-places.js';
import { skeletonizeName } from './skeletonize-name.js';
import {
  extractEntities,
  extractNumbers,
  extractQuoteShingles,
  startsWithCapital,
  type TextToken,
  tokenizeWithSentenceStarts,
} from './text-features.js';

export {
  type ClusterInput,
  FINGERPRINT_VERSION,
  type Fingerprint,
  type FingerprintFeatures,
} from './fingerprint-features.js';
/** At most this many candidate-index keys per entry. */
export { MAX_KEYS } from './fingerprint-keys.js';

/** Enough words for any article; longer texts are cut so cost and keys stay bounded. */
const MAX_WORDS = 4000;
const MAX_TEXT_CHARS = 40_000;
/** The lead: what a teaser carries, and what a full article's first paragraph says. */
const LEAD_WORDS = 50;
const LEAD_CHARS = 400;
/**
 * How many days before its publication a weekday the text names may be the day of its news: the
 * day before (a translation the next morning); a day further back is as often the background of
 * a follow-up ("released on Wednesday", told on Saturday).
 */
const EVENT_DAYS_BEFORE = 1;
const MAX_TERMS = 32;
/** Words of the text whose capitalised words count as place mentions. */
const MENTION_WORDS = 150;
/** Approximate quantities kept of headline and of lead (read-quantities.ts). */
const MAX_QUANTITIES = 4;
/** Quote shingles kept: enough to tell a kept quote, bounded in memory. */
const MAX_QUOTES = 16;

/**
 * Everything the clusterer needs to place an entry, from its clean title and plain text.
 * `lexicon` is the compiled news lexicon (compileNewsLexicon), made once by the caller.
 */
export function fingerprintEntry(
  input: ClusterInput,
  lexicon: NewsLexicon = SHIPPED_LEXICON,
): Fingerprint {
  const title = spellOutAbbreviations(input.title.slice(0, 1000));
  const text = spellOutAbbreviations(dropBoilerplate(input.text.slice(0, MAX_TEXT_CHARS)));
  const titleTokens = tokenizeWithSentenceStarts(title, 80);
  const textTokens = tokenizeWithSentenceStarts(text.trim() === '' ? title : text, MAX_WORDS);
  const names = collectNames(textTokens);
  // A headline in Title Case says nothing about which of its words are names.
  const titleCase = isTitleCase(titleTokens);
  if (!titleCase) for (const name of collectNames(titleTokens)) names.add(name);
  const leadTokens = dropRepeatedTitle(textTokens, titleTokens).slice(0, LEAD_WORDS);
  const headTokens = [...titleTokens, ...leadTokens];
  const head = analyzeText(titleTokens, title, lexicon, names);
  const leadText = text.slice(0, LEAD_CHARS);
  const headAndLead = `${title}\n${leadText}`;
  const lead = analyzeText(leadTokens, leadText, lexicon, names);
  const year = new Date(input.publishedAt).getUTCFullYear();
  const titleQuantities = readQuantities(title, year, MAX_QUANTITIES);
  const leadQuantities = readQuantities(leadText, year, MAX_QUANTITIES);
  const entities = [...extractEntities(textTokens)].sort((a, b) => b[1] - a[1]).slice(0, 24);
  const features: FingerprintFeatures = {
    version: FINGERPRINT_VERSION,
    url: skeletonizeUrl(input.url),
    contentHash: input.contentHash,
    publishedAt: input.publishedAt,
    titleKey: makeTitleKey(input.title),
    genre: detectGenre(input.title),
    teaser: isTeaser(input.title, leadText),
    titleTerms: withMarks(head.terms.slice(0, MAX_TERMS), titleQuantities),
    titleCross: withMarks(head.crossTerms.slice(0, MAX_TERMS), titleQuantities),
    titleGivenNames: head.givenNames.slice(0, 8),
    titleNameTerms: head.nameTerms.slice(0, 16),
    titleEvents: head.events,
    titleSpeakers: readSpeakers(input.title, names),
    titleNumbers: head.numbers.slice(0, 8),
    titleNumberKinds: readNumberKinds(title, 8),
    titleChanges: readChanges(title),
    titleNames: head.names.slice(0, 12),
    titleMentions: listMentions(titleTokens),
    leadNames: lead.names.slice(0, 16),
    titlePeople: readPeople(title, titleCase, names, lexicon, 4),
    leadPeople: readPeople(leadText, isTitleCase(leadTokens), names, lexicon, 6),
    startMentions: collectStartMentions(headTokens, names, lexicon, 12),
    startPlaces: listStartPlaces(headTokens, names, lexicon, 4),
    phrases: listPhrases(headTokens, 6),
    initialisms: listInitialisms(headTokens, 16),
    acronyms: listAcronyms(headTokens, 8),
    titlePlaces: listHeadlinePlaces(titleTokens, names),
    titleLocations: listLocations(titleTokens, lexicon, 4, titleCase ? names : undefined),
    regionRefs: readRegionRefs(headTokens, 4),
    regionPlaces: listRegionPlaces(headTokens, [...names], 12),
    placesWithin: [
      ...listPlacesWithin(headTokens, lexicon, 12),
      ...listRegionsOfCountries(headTokens, 2),
    ],
    placesInside: listPlacesInside(titleTokens, lexicon, 12),
    placeMentions: listPlaceMentions([...titleTokens, ...textTokens.slice(0, MENTION_WORDS)], 48),
    titleQuoted: extractQuotedNames(title, 4),
    quotedNames: extractQuotedNames(`${title}\n${text.slice(0, MAX_TEXT_CHARS / 4)}`, 12),
    dates: newsDates(extractDates(headAndLead, 6), input.publishedAt),
    eventDays:
      input.hasFeedDate === false
        ? []
        : readEventDays(headAndLead, input.publishedAt, EVENT_DAYS_BEFORE),
    // An age further down is as often someone else's: the man whose funeral it was, a victim.
    ages: readAges(`${title}\n${firstParagraph(leadText)}`, 4),
    titleContests: readContests(title),
    titleCountries: listCountryNames(titleTokens),
    leadTerms: withMarks(lead.terms.slice(0, MAX_TERMS), leadQuantities),
    leadCross: withMarks(lead.crossTerms.slice(0, MAX_TERMS), leadQuantities),
    leadEvents: lead.events,
    entities: entities.map(([skeleton]) => skeleton),
    quantities: union(titleQuantities.marks, leadQuantities.marks),
    numberQuantities: union(titleQuantities.numberMarks, leadQuantities.numberMarks),
    numbers: extractNumbers(`${title}\n${text}`, 24),
    quotes: extractQuoteShingles(text, MAX_QUOTES),
    minHash: computeMinHash(textTokens.map((token) => token.word.toLowerCase())),
    textWords: textTokens.length,
    evidence: mergeEvidence(head, lead),
  };
  // A Title-Case headline that holds back every name and place its lead gives is a teaser too.
  if (!features.teaser && titleCase)
    features.teaser = withholdsNames(head.names, lead.names, features);
  const language = input.language ?? readLanguage(`${title} ${text.slice(0, 2000)}`);
  if (language !== undefined) features.language = language;
  return { keys: buildKeys(features), features };
}

/**
 * Terms with the quantities their text tells approximately, as numbers (`#:~1/3`, `#:~c17`):
 * "почти на треть" and "31%", "17th-century" and "XVII века" then share a number.
 */
function withMarks(terms: string[], quantities: QuantityReading): string[] {
  for (const mark of quantities.marks) if (!terms.includes(`#:${mark}`)) terms.push(`#:${mark}`);
  return terms;
}

/** The items of `a` then those of `b`, each once, in the order first met. */
function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

const MAX_MENTIONS = 16;

/** Skeletons of the capitalised words (and capitalised parts of words) of a headline. */
function listMentions(tokens: TextToken[]): string[] {
  const mentions = new Set<string>();
  const plurals: string[] = [];
  for (const token of tokens) {
    for (const part of token.word.split('-')) {
      if (!startsWithCapital(part)) continue;
      const skeleton = skeletonizeName(part);
      if (skeleton.length >= 2) mentions.add(skeleton);
      if (LATIN_PLURAL_NAME.test(part)) plurals.push(skeletonizeName(part.slice(0, -1)));
    }
  }
  // A Latin name in the plural ("the Tatras", "the Alps") is also its stem, which the Cyrillic
  // forms keep once their case ending is cut ("в Татрах", "Альпы"): after the names themselves.
  for (const skeleton of plurals) if (skeleton.length >= 2) mentions.add(skeleton);
  return [...mentions].slice(0, MAX_MENTIONS);
}

/** A Latin word of five letters or more ending in a plural s (not -ss, -us, -is, -ys: Vilnius, Paris). */
const LATIN_PLURAL_NAME = /^[A-Z][a-z]{2,}[^suiy]s$/u;

/** The shipped lexicon: immutable data, compiled once like a regular expression. */
const SHIPPED_LEXICON = compileNewsLexicon();

/**
 * A fingerprint read back from storage (its features as saved), or undefined when it is not one
 * of this version: the caller recomputes it from the entry.
 */
export function restoreFingerprint(features: unknown): Fingerprint | undefined {
  if (typeof features !== 'object' || features === null) return undefined;
  if ((features as { version?: unknown }).version !== FINGERPRINT_VERSION) return undefined;
  const current = features as FingerprintFeatures;
  return { keys: buildKeys(current), features: current };
}

/**
 * "U.S." and "US" as one word the lexicon knows; "U.K." likewise. A text without the letters a
 * pattern needs skips its pass (most do).
 */
function spellOutAbbreviations(text: string): string {
  let out = text;
  if (out.includes('U.S.')) out = out.replace(/\bU\.S\.(?:A\.)?(?!\p{L})/gu, 'USA');
  if (out.includes('US')) out = out.replace(/\bUS\b/gu, 'USA');
  if (out.includes('U.K.')) out = out.replace(/\bU\.K\.(?!\p{L})/gu, 'UK');
  if (out.includes('U.N.')) out = out.replace(/\bU\.N\.(?!\p{L})/gu, 'UN');
  return out;
}

/** The text's words after a repeated headline (scrapers print it again at the top). */
function dropRepeatedTitle(text: TextToken[], title: TextToken[]): TextToken[] {
  if (title.length === 0 || text.length < title.length) return text;
  const same = title.every((token, i) => token.word.toLowerCase() === text[i]?.word.toLowerCase());
  return same ? text.slice(title.length) : text;
}

/** The headline's words and numbers in order, hashed; '' for fewer than four. */
function makeTitleKey(title: string): string {
  const words = title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length < 4 ? '' : hashString(words.join(' ')).toString(36);
}

function mergeEvidence(head: AnalyzedText, lead: AnalyzedText): string[] {
  return union(head.evidence, lead.evidence).slice(0, 16);
}

/**
 * Cyrillic text is Russian or Belarusian (і, ў), Latin text English: a fallback when not given.
 * Letters counted in one pass: Latin a–z in either case (and ſ, K, which fold to s and k),
 * Cyrillic U+0400–U+04FF, and і ў against и ъ щ (and ᲆ, which folds to ъ).
 */
function readLanguage(text: string): string | undefined {
  let cyrillic = 0;
  let latin = 0;
  let belarusian = 0;
  let russian = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) latin++;
    } else if (code >= 0x0400 && code <= 0x04ff) {
      cyrillic++;
      const letter = text[i] as string;
      if (BELARUSIAN_LETTERS.includes(letter)) belarusian++;
      else if (RUSSIAN_LETTERS.includes(letter)) russian++;
    } else if (code === 0x017f || code === 0x212a) latin++;
    else if (code === 0x1c86) russian++;
  }
  if (cyrillic === 0 && latin === 0) return undefined;
  if (latin >= cyrillic) return 'en';
  return belarusian > russian ? 'be' : 'ru';
}

const BELARUSIAN_LETTERS = 'іІўЎ';
const RUSSIAN_LETTERS = 'иИъЪщЩ';

/** The first paragraph of a lead (the whole lead when it opens with a break). */
function firstParagraph(lead: string): string {
  const end = lead.indexOf('\n', 1);
  return end < 0 ? lead : lead.slice(0, end);
}
