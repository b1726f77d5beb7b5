import { oneIsPreview } from './detect-genre.js';
import { dayOfYear } from './extract-dates.js';
import type { FingerprintFeatures } from './fingerprint-entry.js';
import { saysQuotedName } from './quoted-names.js';
import { sharesRegion } from './read-regions.js';

/**
 * What two reports of one event agree on besides their words: the event, the place, the quoted
 * name, the date. Each is evidence *against* when it disagrees: the same template told of another
 * region, contest or day, or a follow-up whose event the earlier report never tells.
 */
export interface FactMeasures {
  /** Each headline names a place by adjective or people ("Зарецкие", "Мирградцы") the other never mentions. */
  placeConflict: number;
  /**
   * Each headline sets its news in a town or province (read-locations.ts) the other side never
   * mentions, says through a place in it, or shares a region of Belarus with: another place.
   */
  locationConflict: number;
  /** Each headline quotes a name («Утренний туман», «Зимний лес») the other side never says. */
  quoteConflict: number;
  /** Both name dates in headline or lead, and none is the same: another day. */
  dateConflict: number;
  /** One side's headline tells an event (arrest, verdict) the other side does not tell at all. */
  eventUnsaid: number;
  /**
   * One side's headline tells a legal step (arrest, charge, verdict, trial) over the incident the
   * other side's headline tells (a crash, a death, a fire), which that side never follows to any
   * legal step, or a reopening after the closure the other tells: the follow-up of the
   * incident, another story.
   */
  followUp: number;
  /**
   * One headline is a preview and the other a report published half a day or more after it, or
   * one whose headline tells a number the preview never gives: the outcome the preview waited
   * for ("cuts key rate to 11.5%" against "expected to cut rates", "by half a point to 12%"),
   * another story, even when the preview foresaw the figure.
   */
  outcomeOfPreview: number;
  /** Both headlines report statements, and neither's speaker is named in the other headline. */
  speakerConflict: number;
  /**
   * Both give ages in headline or lead ("27-летнего", "aged 61"), and no age of one is within a
   * year of an age of the other (a birthday falls between two reports): another person.
   */
  ageConflict: number;
}

/** 1 when each headline names a place the other side never mentions, else 0. */
export function placeConflict(a: FingerprintFeatures, b: FingerprintFeatures): number {
  if (a.titlePlaces.length === 0 || b.titlePlaces.length === 0) return 0;
  return !sharesAny(a.titlePlaces, b.placeMentions) && !sharesAny(b.titlePlaces, a.placeMentions)
    ? 1
    : 0;
}

/**
 * 1 when each headline sets its news in a place the other side does not mention, else 0.
 * `withinA`, `withinB`: the name skeletons of the larger places each side's places say
 * (PairSide.namesWithin): "floods in Liguria" is mentioned by a copy that names Genoa.
 */
export function locationConflict(
  a: FingerprintFeatures,
  b: FingerprintFeatures,
  withinA: readonly string[],
  withinB: readonly string[],
): number {
  if (a.titleLocations.length === 0 || b.titleLocations.length === 0) return 0;
  if (mentionsAny(a.titleLocations, b, withinB) || mentionsAny(b.titleLocations, a, withinA))
    return 0;
  return sharesRegion(a, b) ? 0 : 1;
}

function mentionsAny(
  roots: readonly string[],
  side: FingerprintFeatures,
  within: readonly string[],
): boolean {
  if (sharesAny(roots, side.placeMentions)) return true;
  for (const root of roots) for (const name of within) if (name.startsWith(root)) return true;
  return false;
}

/**
 * 1 when each headline quotes a name the other side never says, else 0. `termsA`, `termsB`: each
 * side's headline and lead terms. Asked only of a pair in one language: across languages a quoted
 * name is translated, not repeated.
 */
export function quoteConflict(
  a: FingerprintFeatures,
  b: FingerprintFeatures,
  termsA: Set<string>,
  termsB: Set<string>,
): number {
  if (a.titleQuoted.length === 0 || b.titleQuoted.length === 0) return 0;
  return !saysAnyQuoted(a.titleQuoted, b.quotedNames, termsB) &&
    !saysAnyQuoted(b.titleQuoted, a.quotedNames, termsA)
    ? 1
    : 0;
}

/** 1 when either side's headline tells events the other tells none of, else 0. */
export function eventUnsaid(a: FingerprintFeatures, b: FingerprintFeatures): number {
  return tellsNoneOf(a, b) || tellsNoneOf(b, a) ? 1 : 0;
}

/** Legal steps taken against someone after an incident: a follow-up's news. */
const LEGAL_STEPS: ReadonlySet<string> = new Set(['arrest', 'charge', 'sentence', 'trial']);
/** Incidents a legal step follows. */
const INCIDENTS: ReadonlySet<string> = new Set([
  'die',
  'kill',
  'crash',
  'fire',
  'explode',
  'attack',
  'injure',
  'flood',
  'quake',
]);

/**
 * 1 when either side is the other's follow-up, else 0: its legal follow-up ("the driver of the
 * fatal crash remanded" and "car hits a tree, two passengers die"), or the reopening after a
 * closure ("Crossing reopens after landslide" and "Landslide shuts the crossing"). Copies of one
 * report tell the same news in their headlines; of the labelled same-story pairs (development
 * corpora, world-news, tgcontest) none is shaped so.
 */
export function followUp(a: FingerprintFeatures, b: FingerprintFeatures): number {
  return followsUp(a, b) || followsUp(b, a) || reopens(a, b) || reopens(b, a) ? 1 : 0;
}

/**
 * Hours a preview is published before a report for the report to be its outcome: a morning's
 * "expected to cut rates today" and the evening's cut. A "preview" published with or after the
 * report is as often a report whose headline reads ahead ("Airline to start flights", the
 * translation of "Авиакомпания откроет рейсы").
 */
const PREVIEW_AHEAD_HOURS = 12;

/**
 * 1 when one side previews and the other reports, published PREVIEW_AHEAD_HOURS or more after
 * the preview or telling in its headline a number the preview never gives.
 */
export function outcomeOfPreview(a: FingerprintFeatures, b: FingerprintFeatures): number {
  if (!oneIsPreview(a.genre, b.genre)) return 0;
  const [preview, report] = a.genre === 'preview' ? [a, b] : [b, a];
  const ahead = (Date.parse(report.publishedAt) - Date.parse(preview.publishedAt)) / 3_600_000;
  if (ahead >= PREVIEW_AHEAD_HOURS) return 1;
  // A month ("12mo") dates the news; a teaser's headline picks its numbers for effect.
  if (report.teaser) return 0;
  const numbers = report.titleNumbers.filter((number) => !number.endsWith('mo'));
  return numbers.some((number) => !preview.leadTerms.includes(`#:${number}`)) ? 1 : 0;
}

/**
 * `later`'s headline tells an opening and no closing, and `closure`'s tells a closing and no
 * opening, nor does its lead tell one (a report of the closure that says when it will reopen
 * is no other news than its reopening's).
 */
function reopens(later: FingerprintFeatures, closure: FingerprintFeatures): boolean {
  return (
    later.titleEvents.includes('open') &&
    !later.titleEvents.includes('close') &&
    closure.titleEvents.includes('close') &&
    !closure.titleEvents.includes('open') &&
    !closure.leadEvents.includes('open')
  );
}

/**
 * `later`'s headline tells a legal step and none of the incidents `incident`'s headline tells,
 * its headline or lead refers to one of them, and `incident` tells no legal step anywhere.
 */
function followsUp(later: FingerprintFeatures, incident: FingerprintFeatures): boolean {
  if (!tellsLegalStep(later.titleEvents)) return false;
  const told = incident.titleEvents.filter((event) => INCIDENTS.has(event));
  if (told.length === 0 || sharesAny(told, later.titleEvents)) return false;
  if (!sharesAny(told, later.leadEvents)) return false;
  return !tellsLegalStep(incident.titleEvents) && !tellsLegalStep(incident.leadEvents);
}

/** Incidents whose news runs on for days: a toll that rises, a fire that spreads, a search that ends. */
const ONGOING: ReadonlySet<string> = new Set([
  'crash',
  'fire',
  'explode',
  'flood',
  'quake',
  'erupt',
  'storm',
  'landslide',
  'rescue',
  'strike-work',
]);

/**
 * Whether the two tell one incident as it goes on: one headline tells an incident the other tells
 * too (in its headline, or in its lead when that tells the course: leadTellsCourse), and neither
 * headline tells a legal step. The days between such
 * reports are the incident's course, not a follow-up's news ("three missing after a landslide",
 * then "two bodies found"); the caller also asks for a name they share.
 */
export function continuesIncident(a: FingerprintFeatures, b: FingerprintFeatures): boolean {
  if (tellsLegalStep(a.titleEvents) || tellsLegalStep(b.titleEvents)) return false;
  return tellsOngoing(a, b) || tellsOngoing(b, a);
}

function tellsOngoing(a: FingerprintFeatures, b: FingerprintFeatures): boolean {
  return a.titleEvents.some(
    (event) =>
      ONGOING.has(event) &&
      (b.titleEvents.includes(event) || (b.leadEvents.includes(event) && leadTellsCourse(a, b))),
  );
}

/**
 * Whether `b`, which tells `a`'s incident only in its lead, tells its course: when it is no later
 * than `a` or a teaser. A later report whose headline tells news of its own names the incident as
 * background ("…two days after a national rail strike"): another event.
 */
function leadTellsCourse(a: FingerprintFeatures, b: FingerprintFeatures): boolean {
  return b.teaser || Date.parse(b.publishedAt) <= Date.parse(a.publishedAt);
}

function tellsLegalStep(events: readonly string[]): boolean {
  return events.some((event) => LEGAL_STEPS.has(event));
}

/** 1 when both give ages and none of one is within a year of one of the other, else 0. */
export function ageConflict(a: FingerprintFeatures, b: FingerprintFeatures): number {
  if (a.ages.length === 0 || b.ages.length === 0) return 0;
  for (const x of a.ages)
    for (const y of b.ages) if (Math.abs(Number(x) - Number(y)) <= 1) return 0;
  return 1;
}

/** 1 when both report statements and neither names the other's speaker, else 0. */
export function speakerConflict(a: FingerprintFeatures, b: FingerprintFeatures): number {
  if (a.titleSpeakers.length === 0 || b.titleSpeakers.length === 0) return 0;
  return !sharesAny(a.titleSpeakers, b.titleMentions) &&
    !sharesAny(b.titleSpeakers, a.titleMentions)
    ? 1
    : 0;
}

/** 1 when both name dates and none is within a day of one of the other's, else 0. */
export function dateConflict(a: FingerprintFeatures, b: FingerprintFeatures): number {
  return datesConflict(a.dates, b.dates) ? 1 : 0;
}

/**
 * Whether headline events of `a` are told in `b`'s headline or lead, itself or an event that
 * entails it or that it entails (a loop: no closure per pair).
 */
export function tellsAnyEvent(a: FingerprintFeatures, b: FingerprintFeatures): boolean {
  for (const event of a.titleEvents)
    if (tellsEvent(event, b.titleEvents) || tellsEvent(event, b.leadEvents)) return true;
  return false;
}

/**
 * Events of the lexicon that tell another: the killed died ("two miners killed" is "погибли двое
 * горняков"), prisoners swapped were released ("обменялись заключёнными", "on the freedom
 * after the exchange"), and an official removed left office as one who resigned does: reports of
 * one departure tell it either way ("sacks the minister", "уволил министра", "отправил в
 * отставку").
 */
const ENTAILS: ReadonlyMap<string, string> = new Map([
  ['kill', 'die'],
  ['exchange', 'release'],
  ['remove', 'resign'],
]);

function tellsEvent(event: string, events: readonly string[]): boolean {
  for (const other of events)
    if (other === event || ENTAILS.get(other) === event || ENTAILS.get(event) === other)
      return true;
  return false;
}

/** Whether any of `items` is in `list` (a loop: no closure per pair). */
export function sharesAny(items: readonly string[], list: readonly string[]): boolean {
  for (const item of items) if (list.includes(item)) return true;
  return false;
}

function saysAnyQuoted(names: readonly string[], quoted: readonly string[], terms: Set<string>) {
  for (const name of names) if (saysQuotedName(name, quoted, terms)) return true;
  return false;
}

/** `a`'s headline tells events and `b` tells none of them, in headline or lead. */
function tellsNoneOf(a: FingerprintFeatures, b: FingerprintFeatures): boolean {
  return a.titleEvents.length > 0 && !tellsAnyEvent(a, b);
}

/**
 * Both name dates and none is within a day of one of the other's (a report of the evening and
 * one of the next morning say "15" and "16" of one event; a daily count two days later does not).
 */
function datesConflict(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return !a.some((x) => b.some((y) => daysBetween(x, y) <= 1));
}

/** Days between two `month-day` dates of one year (Dec 31 and Jan 1 are one day apart). */
function daysBetween(x: string, y: string): number {
  const apart = Math.abs(dayOfYear(x) - dayOfYear(y));
  return Math.min(apart, 365 - apart);
}
