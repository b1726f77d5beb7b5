import { describe, expect, it } from 'vitest';
import { readTownAliases } from '../../scripts/world-towns/read-town-aliases.js';

/** A row of GeoNames' cities15000.txt: id, name, ascii name, alternate names, …, population. */
function row(name: string, alternates: string, country: string, population: number): string {
  const columns = [
    '1',
    name,
    name,
    alternates,
    '0',
    '0',
    'P',
    'PPL',
    country,
    '',
    '',
    '',
    '',
    '',
    String(population),
  ];
  return columns.join('\t');
}

describe('readTownAliases', () => {
  it("keeps a town's names in Latin and Cyrillic letters: its own skeleton's, and others both scripts write", () => {
    const text = [
      row(
        'Semey',
        'PLX,Semei,Semipalatinsk,Minscum,Gorad Semej,Семей,Семипалатинск,سمی,セメイ',
        'KZ',
        292_780,
      ),
      row('Gent', 'GNE,Gand,Ghent,Gentas,Гент,Горад Гент', 'BE', 231_493),
    ].join('\n');
    expect(readTownAliases(text)).toEqual([
      'BE\tGent\tGand\tGhent\tГент',
      'KZ\tSemey\tSemei\tСемей\tSemipalatinsk\tСемипалатинск',
    ]);
  });

  it('leaves out small towns and towns with one name', () => {
    const text = [
      row('Stryn', 'Stryn,Стрюн', 'NO', 7_000),
      row('Riga', 'Riga,Рига', 'LV', 742_572),
    ].join('\n');
    expect(readTownAliases(text)).toEqual([]);
  });
});
