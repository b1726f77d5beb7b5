import { wordTerm } from './analyze-text.js';
import { forEachTownAliases, type WorldTownsFile } from './read-world-towns.js';
import { skeletonizeName } from './skeletonize-name.js';

/*
 * A larger town's other names, for the world gazetteer (read-world-places.ts): they name the town
 * too ("Ghent" is GeoNames' Gent, and says Belgium), and a side that names the town by one says
 * the others ("Oskemen" says Ust-Kamenogorsk and Усть-Каменогорск, "Mumbai" says Bombay), so that
 * a copy using another of its names is not read as missing the one the other copy writes. The
 * names are world-towns.json's `aliases` (scripts/world-towns/read-town-aliases.ts).
 */

/** A place's larger places (and other names): `skeleton term` entries. */
type Containers = readonly string[];

const LATIN = /^[A-Za-z]/u;
/** The most spellings of one skeleton a town's name says ("Oskemen", "OEskemen", "Өskemen"). */
const TERMS_A_SKELETON = 3;

/**
 * Adds each aliased town's names in Latin letters to the gazetteer being compiled: `countries`
 * (each name's country, null once two countries hold it) and `containers` (each name's larger
 * places). A town is found by one of its names that the gazetteer already holds in the same
 * country (`countryName` of its ISO code); a name another country holds is left to it. Each name
 * says the town's larger places and the names of the town's other skeletons, in one list for each
 * skeleton.
 */
export function addTownAliases(
  countries: Map<string, string | null>,
  containers: Map<string, Containers>,
  countryName: (code: string) => string | undefined,
  file?: WorldTownsFile,
): void {
  forEachTownAliases((code, names) => {
    const country = countryName(code);
    if (country === undefined) return;
    const latin = names.filter((name) => LATIN.test(name));
    const found = latin.find((name) => countries.get(name.toLowerCase()) === country);
    if (found === undefined) return;
    const base = containers.get(found.toLowerCase()) as Containers;
    const said = nameEntries(names);
    const bySkeleton = new Map<string, Containers>();
    for (const name of latin) {
      const key = name.toLowerCase();
      const held = countries.get(key);
      if (held !== undefined && held !== country) continue;
      const own = skeletonizeName(name);
      let larger = bySkeleton.get(own);
      if (larger === undefined) {
        larger = [...base, ...said.filter((entry) => !entry.startsWith(`${own} `))];
        bySkeleton.set(own, larger);
      }
      countries.set(key, country);
      containers.set(key, larger);
    }
  }, file);
}

/** A town's names as `skeleton term` entries, each once, at most TERMS_A_SKELETON a skeleton. */
function nameEntries(names: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Map<string, number>();
  for (const name of names) {
    const skeleton = skeletonizeName(name);
    const entry = `${skeleton} ${wordTerm(name)}`;
    const count = seen.get(skeleton) ?? 0;
    if (count === TERMS_A_SKELETON || out.includes(entry)) continue;
    seen.set(skeleton, count + 1);
    out.push(entry);
  }
  return out;
}
