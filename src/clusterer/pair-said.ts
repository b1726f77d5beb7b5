import type { PairSide } from './pair-side.js';
import { withAbbreviationsSaid } from './read-abbreviations.js';
import { withChangesSaid } from './read-changes.js';
import { withAcronymTermsSaid, withInitialismsSaid } from './read-initialisms.js';
import { withQuantitiesSaid } from './read-quantities.js';
import { withRegionsSaid } from './read-regions.js';
import { withPlacesInside, withPlacesWithin } from './read-world-places.js';

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
 * its abbreviation (read-abbreviations.ts) or its initials (read-initialisms.ts).
 */
export function namesSaid(
  sa: PairSide,
  sb: PairSide,
  cross: boolean,
): [readonly string[], readonly string[]] {
  const a = sa.features;
  const b = sb.features;
  return withInitialismsSaid(
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
