import type { PairSide } from './pair-side.js';
import { withAbbreviationsSaid } from './read-abbreviations.js';
import { withChangesSaid } from './read-changes.js';
import { withAcronymTermsSaid, withInitialismsSaid } from './read-initialisms.js';
import { withQuantitiesSaid } from './read-quantities.js';
import { withRegionsSaid } from './read-regions.js';
import { withPlacesInside, withPlacesWithin } from './read-world-places.js';
import { withoutVClass } from './skeletonize-name.js';

/*
 * What one side of a pair says of the other's names and terms besides writing them: each reading
 * that lets a copy say a thing another way adds to these lists (a town for its region, a number in
 * words, an institution by its abbreviation or initials), and the measures of names and terms the
 * other side never mentions (measure-pair.ts) count what is said as mentioned.
 */

const NO_MENTIONS: readonly string[] = [];

/**
 * What each side says of the names the other names besides its own names, `[saidA, saidB]`:
 * across languages a word that opens a sentence (names15; a known place in one language too); a
 * region the other refers to, by naming a town of it (read-regions.ts); a province or country, by
 * naming a town or province in it (read-world-places.ts); an institution, by its name in full or
 * its abbreviation (read-abbreviations.ts) or its initials (read-initialisms.ts); across
 * languages, a name as Belarusian and the others write it apart (withNamesWrittenApart).
 */
export function namesSaid(
  sa: PairSide,
  sb: PairSide,
  cross: boolean,
): [readonly string[], readonly string[]] {
  const a = sa.features;
  const b = sb.features;
  const [saidA, saidB] = withInitialismsSaid(
    ...withAbbreviationsSaid(
      withPlacesWithin(
        withRegionsSaid(cross ? a.startMentions : a.startPlaces, a, b, 'name'),
        sa.namesWithin,
      ),
      withPlacesWithin(
        withRegionsSaid(cross ? b.startMentions : b.startPlaces, b, a, 'name'),
        sb.namesWithin,
      ),
      sa,
      sb,
    ),
    sa,
    sb,
  );
  if (!cross) return [saidA, saidB];
  return [withNamesWrittenApart(saidA, sa, sb), withNamesWrittenApart(saidB, sb, sa)];
}

/**
 * `said` with the headline names of `other` that `side` names as Belarusian and Russian or
 * English write one name apart: with or without the v or ў Belarusian writes (Лявончык /
 * Леончик, Liavon / Leon), and with ў where the others write l after a vowel (Стоўбцы /
 * Столбцы / Stolbtsy): the same skeleton without the class of v, f and w, and one l dropped on
 * either side, three classes or more left; and a Latin name's ch read as the х, к or ш Cyrillic
 * writes for it, and an initial j as the й Cyrillic leaves unwritten (latinReadings). Across
 * languages only: in one language a name is written one way.
 */
function withNamesWrittenApart(
  said: readonly string[],
  side: PairSide,
  other: PairSide,
): readonly string[] {
  let out: string[] | undefined;
  let keys: Set<string> | undefined;
  // A Latin ch or initial j as Cyrillic writes it (Chios, Хиос; Chagall, Шагал; Jelgava,
  // Елгава): the Latin side's names read so, against the Cyrillic side's as written.
  const latinSide = isLatin(side);
  const latinOther = isLatin(other);
  let latinKeys: ReadonlySet<string> | undefined;
  const saysAsRead = (name: string): boolean => {
    if (latinSide === latinOther) return false;
    latinKeys ??= latinSide ? new Set([...side.names].flatMap(latinReadings)) : side.names;
    return (latinOther ? latinReadings(name) : [name]).some((reading) => latinKeys?.has(reading));
  };
  for (const name of other.features.titleNames) {
    if (side.names.has(name)) continue;
    keys ??= new Set([...side.names].flatMap(readingsOf));
    if (!readingsOf(name).some((key) => keys?.has(key)) && !saysAsRead(name)) continue;
    out ??= [...said];
    out.push(name);
  }
  return out ?? said;
}

/** Whether a side is written in Latin letters (its language none of the Cyrillic ones). */
function isLatin(side: PairSide): boolean {
  const language = side.features.language;
  return language !== undefined && language !== 'ru' && language !== 'be' && language !== 'uk';
}

/**
 * A Latin name's skeleton with its c (the ch Cyrillic writes ч) read as k and as s, two classes or
 * more: Greek, German and Italian ch is х or к (Chios, Хиос; Chemnitz, Хемниц), French ch is ш
 * (Chagall, Шагал; Michel, Мишель). An initial c is also read as nothing, three classes left: a
 * j before a vowel is the й Cyrillic writes within я, е, ю or leaves out before і (Jelgava,
 * Елгава; Jurmala, Юрмала; Jena, Йена), where English j is дж.
 */
function latinReadings(skeleton: string): string[] {
  if (!skeleton.includes('c') || skeleton.length < 2) return [];
  const readings = [skeleton.replaceAll('c', 'k'), skeleton.replaceAll('c', 's')];
  if (skeleton.startsWith('c') && skeleton.length > 3) readings.push(skeleton.slice(1));
  return readings;
}

/** A name skeleton without the class of v, f and w, and each reading of it with one l dropped. */
function readingsOf(skeleton: string): string[] {
  const key = withoutVClass(skeleton);
  const readings = key.length >= 3 ? [key] : [];
  for (let at = key.indexOf('l'); at >= 0; at = key.indexOf('l', at + 1))
    if (key.length > 3) readings.push(key.slice(0, at) + key.slice(at + 1));
  return readings;
}

/**
 * What `other` says of `side`'s distinctive headline terms besides its own terms (`otherSet`): a
 * town of a region it refers to (read-regions.ts), a number it tells in words (read-quantities.ts),
 * a level against its change (read-changes.ts), an acronym of `side` by its initials
 * (read-initialisms.ts), a province or country its places lie in, and a place of `side` in a
 * province or country it names (read-world-places.ts).
 */
export function distinctSaid(
  side: PairSide,
  other: PairSide,
  otherSet: Set<string>,
): readonly string[] {
  const a = side.features;
  const b = other.features;
  return withPlacesWithin(
    withAcronymTermsSaid(
      withChangesSaid(
        withQuantitiesSaid(withRegionsSaid(NO_MENTIONS, b, a, 'term'), b, a),
        a.titleChanges,
        b.titleChanges,
      ),
      side,
      other,
    ),
    withPlacesInside(other.termsWithin, side.insideTerms, side.insideContainers, otherSet),
  );
}
