import { describe, expect, it } from 'vitest';
import { addTownAliases } from '../../src/clusterer/add-town-aliases.js';
import { skeletonizeName } from '../../src/clusterer/skeletonize-name.js';

// A gazetteer being compiled, with made-up larger places: one town of Belgium, one of Kazakhstan.
function gazetteer() {
  const countries = new Map<string, string | null>([
    ['gent', 'Belgium'],
    ['ust-kamenogorsk', 'Kazakhstan'],
    ['gand', 'France'],
  ]);
  const containers = new Map<string, readonly string[]>([
    ['gent', ['plkm c:belgium']],
    ['ust-kamenogorsk', ['kskstn c:kazakhstan']],
    ['gand', ['frns c:france']],
  ]);
  return { countries, containers };
}
const country = (code: string) => ({ BE: 'Belgium', KZ: 'Kazakhstan' })[code];
const file = (aliases: string[]) => ({ about: '', towns: [], aliases });

describe('addTownAliases', () => {
  it("reads a town by its other Latin names, each saying the town's larger places", () => {
    const { countries, containers } = gazetteer();
    addTownAliases(countries, containers, country, file(['BE\tGent\tGhent\tГент']));
    expect(countries.get('ghent')).toBe('Belgium');
    expect(containers.get('ghent')).toEqual(['plkm c:belgium']);
    // A Cyrillic name is said, never read as a name of the gazetteer's English words.
    expect(containers.has('гент')).toBe(false);
  });

  it("says the town's names of other skeletons, each name those it does not write", () => {
    const { countries, containers } = gazetteer();
    addTownAliases(
      countries,
      containers,
      country,
      file(['KZ\tUst-Kamenogorsk\tOskemen\tУсть-Каменогорск']),
    );
    const oskemen = containers.get('oskemen') ?? [];
    expect(oskemen).toContain('kskstn c:kazakhstan');
    expect(oskemen.map((entry) => entry.split(' ')[0])).toContain(
      skeletonizeName('Ust-Kamenogorsk'),
    );
    const ust = containers.get('ust-kamenogorsk') ?? [];
    expect(ust.map((entry) => entry.split(' ')[0])).toContain(skeletonizeName('Oskemen'));
    expect(ust.map((entry) => entry.split(' ')[0])).not.toContain(
      skeletonizeName('Ust-Kamenogorsk'),
    );
  });

  it('leaves a name another country holds to it, and a town the gazetteer does not hold alone', () => {
    const { countries, containers } = gazetteer();
    addTownAliases(countries, containers, country, file(['BE\tGent\tGand', 'BE\tBrugge\tBruges']));
    expect(containers.get('gand')).toEqual(['frns c:france']);
    expect(containers.has('bruges')).toBe(false);
  });
});
