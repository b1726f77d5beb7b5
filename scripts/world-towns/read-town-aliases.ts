import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { skeletonizeName } from '../../src/clusterer/skeletonize-name.js';

/**
 * The other names of the world's larger towns, for the gazetteer (src/clusterer/read-world-places.ts):
 * a town's name in English, in its own language, in Russian or Belarusian, and its former name —
 * Ghent and Gent, Öskemen and Усть-Каменогорск, Semey and Semipalatinsk, Mumbai and Bombay. The
 * source is GeoNames' towns of 15,000 people or more with their alternate names (geonames.org,
 * CC BY 3.0), as the `cities15000` package ships them.
 *
 * GeoNames does not say which language an alternate name is in, so names are kept by their script
 * and shape: capitalised words in Latin or Cyrillic letters (a hyphen or an apostrophe inside
 * allowed), of MIN_LETTERS or more, not in capitals (an airport code), without a space ("Gorad
 * Gent" is the Belarusian for "the city of Ghent"); see keptNames for which. Only towns of
 * MIN_POPULATION people, whose other names a report may use, are written, and only when they have
 * another name in Latin letters or another skeleton.
 */

const MIN_POPULATION = 100_000;
const MIN_LETTERS = 4;
const MAX_SKELETONS = 4;
const NAME = /^[\p{Lu}][\p{L}'’-]+$/u;
const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}'’-]+$/u;
const CYRILLIC = /^\p{Script=Cyrillic}/u;
const PLAIN_LATIN = /^[A-Za-z'’-]+$/u;

/** One line a town: `code TAB name TAB name…`, GeoNames' own name first. */
export function readTownAliases(
  text: string = readFileSync(
    createRequire(import.meta.url).resolve('cities15000/cities15000.txt'),
    'utf8',
  ),
): string[] {
  const lines: string[] = [];
  for (const row of text.split('\n')) {
    const columns = row.split('\t');
    const population = Number(columns[14]);
    if (columns.length < 15 || !(population >= MIN_POPULATION)) continue;
    const [, name = '', ascii = '', alternates = ''] = columns;
    const names = keptNames(name, [name, ascii, ...alternates.split(',')]);
    if (tellsMore(names)) lines.push(`${columns[8]}\t${names.join('\t')}`);
  }
  return lines.sort();
}

/**
 * The names kept (see the file's comment), in order: of each skeleton kept, its names in plain
 * Latin letters and its first in Cyrillic. GeoNames' own name's skeleton is kept, and those of
 * other names written in both scripts (Semipalatinsk and Семипалатинск, Bombay and Бомбей): a
 * name only one script writes is mostly another language's spelling no report uses ("Minscum").
 */
function keptNames(primary: string, candidates: readonly string[]): string[] {
  const groups = new Map<string, { latin: string[]; cyrillic: string[] }>();
  for (const candidate of candidates) {
    const name = candidate.trim();
    if (!isKept(name)) continue;
    const skeleton = skeletonizeName(name);
    if (skeleton.length < 2) continue;
    const group = groups.get(skeleton) ?? { latin: [], cyrillic: [] };
    groups.set(skeleton, group);
    const list = CYRILLIC.test(name) ? group.cyrillic : PLAIN_LATIN.test(name) ? group.latin : [];
    if (!list.includes(name)) list.push(name);
  }
  const own = skeletonizeName(primary);
  const kept = [...groups].filter(
    ([skeleton, group]) =>
      skeleton === own || (group.latin.length > 0 && group.cyrillic.length > 0),
  );
  if (kept.length > MAX_SKELETONS) kept.length = MAX_SKELETONS;
  return kept.flatMap(([, group]) => [...group.latin, ...group.cyrillic.slice(0, 1)]);
}
/** Names that give the gazetteer more than the town's own name: another Latin name or skeleton. */
function tellsMore(names: readonly string[]): boolean {
  const latin = names.filter((name) => !CYRILLIC.test(name));
  return latin.length >= 2 || new Set(names.map(skeletonizeName)).size >= 2;
}

function isKept(name: string): boolean {
  return (
    name.length >= MIN_LETTERS &&
    NAME.test(name) &&
    LATIN_OR_CYRILLIC.test(name) &&
    name !== name.toUpperCase()
  );
}
