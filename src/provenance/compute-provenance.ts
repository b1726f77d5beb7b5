import type { Claims } from '../model/index.js';
import type { Claim } from './claim.js';
import {
  bigrams,
  type MemberReading,
  type ProvenanceMember,
  type QuoteClaim,
  readMember,
} from './read-claims.js';
import { looseKey } from './read-names.js';

/** A story's provenance: per member (by entry id) what only it claims, and what all of them claim. */
export interface StoryProvenance {
  members: Record<number, Claims>;
  shared: Claims;
}

/** Stories past this many members compare only their first ones: the cost stays bounded. */
const MAX_MEMBERS = 40;
/** A quote is carried by another member when this share of its word pairs is there too. */
const QUOTE_CONTAINED = 0.5;
/** Across languages: this share of the quote's language-free terms is in the other's quotes. */
const CROSS_QUOTE_CONTAINED = 0.5;
/** Fewer language-free terms than this and a quote cannot be told apart across languages. */
const MIN_CROSS_TERMS = 2;

/**
 * What each copy of a story adds: the quotes, names and numbers found in that member and in no
 * other, across languages (a translated quote, a transliterated name, a number in words are the
 * same claim), and the claims every member makes. One member alone has nothing to compare: its
 * lists are empty. `read` reads one member (a caller may serve readings it kept, see
 * refreshStoryClaims); only the members compared are read. Pure when `read` is.
 */
export function computeProvenance<M extends ProvenanceMember>(
  members: readonly M[],
  read: (member: M) => MemberReading = readMember,
): StoryProvenance {
  const considered = members.slice(0, MAX_MEMBERS);
  const result: StoryProvenance = { members: {}, shared: emptyClaims() };
  if (considered.length < 2) {
    // Most stories have one member: nothing to compare, nothing to read.
    for (const member of considered) result.members[member.entryId] = emptyClaims();
    return result;
  }
  const readings = considered.map((member) => read(member));
  considered.forEach((member, i) => {
    const self = readings[i] as MemberReading;
    const others = readings.filter((_, j) => j !== i);
    result.members[member.entryId] = {
      quotes: self.quotes.filter((q) => !others.some((o) => carriesQuote(o, q, self))).map(text),
      names: self.names.filter((n) => !others.some((o) => carriesName(o, n, self))).map(text),
      numbers: self.numbers.filter((n) => !others.some((o) => carriesNumber(o, n))).map(text),
    };
  });
  const [first, ...rest] = readings as [MemberReading, ...MemberReading[]];
  result.shared = {
    quotes: first.quotes.filter((q) => rest.every((o) => carriesQuote(o, q, first))).map(text),
    names: first.names.filter((n) => rest.every((o) => carriesName(o, n, first))).map(text),
    numbers: first.numbers.filter((n) => rest.every((o) => carriesNumber(o, n))).map(text),
  };
  return result;
}

function emptyClaims(): Claims {
  return { quotes: [], names: [], numbers: [] };
}

function text(claim: { text: string }): string {
  return claim.text;
}

/**
 * Whether `other` carries the quote: in one language, most of its word pairs are in the other's
 * text, quoted or not (a cut or spliced quote is still the other's); across languages, most of
 * its language-free terms are in the other's quotes. A quote with too few such terms cannot be
 * told from a translation and counts as carried: provenance claims uniqueness only on evidence.
 */
function carriesQuote(other: MemberReading, quote: QuoteClaim, self: MemberReading): boolean {
  if (other.language === self.language) {
    const grams = quote.stems.length >= 3 ? bigrams(quote.stems) : quote.stems;
    return contained(grams, other.stemGrams) >= QUOTE_CONTAINED;
  }
  if (quote.crossTerms.length < MIN_CROSS_TERMS) return other.quotes.length > 0;
  const pool = other.quotes.length > 0 ? other.quoteCrossTerms : other.crossTerms;
  return contained(quote.crossTerms, pool) >= CROSS_QUOTE_CONTAINED;
}

/**
 * A name is carried when any of its words (skeleton or concept) is in the other member. Across
 * languages the comparison is looser (see looseKey), and an acronym (БАЖ, BAJ) is never told apart:
 * translators spell them out or rename them.
 */
function carriesName(other: MemberReading, name: Claim, self: MemberReading): boolean {
  if (other.language === self.language) return name.keys.some((key) => other.nameKeys.has(key));
  if (ACRONYM.test(name.text)) return true;
  return name.keys.some((key) => other.crossNameKeys.has(looseKey(key)));
}

const ACRONYM = /^[\p{Lu}\d]{2,6}$/u;

function carriesNumber(other: MemberReading, number: Claim): boolean {
  return number.keys.some((key) => other.numberKeys.has(key));
}

function contained(items: readonly string[], pool: ReadonlySet<string>): number {
  if (items.length === 0) return 1;
  return items.filter((item) => pool.has(item)).length / items.length;
}
