import type { FingerprintFeatures } from './fingerprint-entry.js';
import { saysQuotedName } from './quoted-names.js';

/**
 * What two reports of one event agree on besides their words: the event, the place, the quoted
 * name, the date. Each is evidence *against* when it disagrees: the same template told of another
 * region, contest or day, or a follow-up whose event the earlier report never tells.
 */
export interface FactMeasures {
  /** Each headline names a place by adjective or people ("Зарецкие", "Мирградцы") the other never mentions. */
  placeConflict: number;
  /** Each headline quotes a name («Утренний туман», «Зимний лес») the other side never says. */
  quoteConflict: number;
  /** Both name dates in headline or lead, and none is the same: another day. */
  dateConflict: number;
  /** One side's headline tells an event (arrest, verdict) the other side does not tell at all. */
  eventUnsaid: number;
  /** Both headlines report statements, and neither's speaker is named in the other headline. */
  speakerConflict: number;
}

/**
 * `termsA`, `termsB`: each side's headline and lead terms (same-language or language-free, as
 * the pair is compared); `cross`: the two are in different languages (a quoted name is then
 * translated, not repeated).
 */
export function measureFacts(
  a: FingerprintFeatures,
  b: FingerprintFeatures,
  termsA: Set<string>,
  termsB: Set<string>,
  cross: boolean,
): FactMeasures {
  return {
    placeConflict: placeConflict(a, b) ? 1 : 0,
    quoteConflict: !cross && quoteConflict(a, b, termsA, termsB) ? 1 : 0,
    dateConflict: dateConflict(a.dates, b.dates) ? 1 : 0,
    eventUnsaid: eventUnsaid(a, b) || eventUnsaid(b, a) ? 1 : 0,
    speakerConflict: speakerConflict(a, b) ? 1 : 0,
  };
}

function placeConflict(a: FingerprintFeatures, b: FingerprintFeatures): boolean {
  if (a.titlePlaces.length === 0 || b.titlePlaces.length === 0) return false;
  return (
    !a.titlePlaces.some((root) => b.placeMentions.includes(root)) &&
    !b.titlePlaces.some((root) => a.placeMentions.includes(root))
  );
}

function quoteConflict(
  a: FingerprintFeatures,
  b: FingerprintFeatures,
  termsA: Set<string>,
  termsB: Set<string>,
): boolean {
  if (a.titleQuoted.length === 0 || b.titleQuoted.length === 0) return false;
  return (
    !a.titleQuoted.some((name) => saysQuotedName(name, b.quotedNames, termsB)) &&
    !b.titleQuoted.some((name) => saysQuotedName(name, a.quotedNames, termsA))
  );
}

/**
 * Both name dates and none is within a day of one of the other's (a report of the evening and
 * one of the next morning say "15" and "16" of one event; a daily count two days later does not).
 */
function dateConflict(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return !a.some((x) => b.some((y) => daysBetween(x, y) <= 1));
}

/** Days between two `month-day` dates of one year (Dec 31 and Jan 1 are one day apart). */
function daysBetween(x: string, y: string): number {
  const day = (date: string) => {
    const [month = 0, dayOfMonth = 0] = date.split('-').map(Number);
    return Date.UTC(2001, month - 1, dayOfMonth) / 86_400_000;
  };
  const apart = Math.abs(day(x) - day(y));
  return Math.min(apart, 365 - apart);
}

/** `a`'s headline tells events and `b` tells none of them, in headline or lead. */
function eventUnsaid(a: FingerprintFeatures, b: FingerprintFeatures): boolean {
  if (a.titleEvents.length === 0) return false;
  return !a.titleEvents.some(
    (event) => b.titleEvents.includes(event) || b.leadEvents.includes(event),
  );
}

/** Both report statements with a named speaker, and neither names the other's speaker. */
function speakerConflict(a: FingerprintFeatures, b: FingerprintFeatures): boolean {
  if (a.titleSpeakers.length === 0 || b.titleSpeakers.length === 0) return false;
  return (
    !a.titleSpeakers.some((name) => b.titleMentions.includes(name)) &&
    !b.titleSpeakers.some((name) => a.titleMentions.includes(name))
  );
}
