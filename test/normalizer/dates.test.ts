import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseDate,
  parseIsoDate,
  parseLocalizedDate,
  parseRfc822Date,
  parseW3cDate,
} from '../../src/normalizer/dates.js';

interface Vector {
  parser: string;
  input: string | null;
  expected_utc: string | null;
  note: string | null;
}

const VECTORS_FILE = path.resolve(
  import.meta.dirname,
  '../fixtures/corpus/feedparser/derived/date_parser_vectors.json',
);
const { vectors } = JSON.parse(readFileSync(VECTORS_FILE, 'utf8')) as { vectors: Vector[] };

/** Our parser for each of feedparser's: the vectors are per parser, like upstream's test. */
const PARSERS: Record<string, (raw: string) => Date | undefined> = {
  parse_date_rfc822: parseRfc822Date,
  parse_date_asctime: parseRfc822Date,
  parse_date_perforce: parseRfc822Date,
  parse_date_w3dtf: parseW3cDate,
  parse_date_iso8601: (raw) => parseW3cDate(raw) ?? parseIsoDate(raw),
  parse_date_greek: parseLocalizedDate,
  parse_date_hungarian: parseLocalizedDate,
  parse_date_nate: parseLocalizedDate,
  parse_date_onblog: parseLocalizedDate,
};

function formatUtc(date: Date | undefined): string | null {
  return date ? date.toISOString().replace('.000Z', 'Z') : null;
}

describe('date parsing on the feedparser vectors', () => {
  const valued = vectors.filter((v) => v.expected_utc !== null);

  it('parseDate gives the expected instant for every vector that expects one', () => {
    const misses = valued.filter((v) => formatUtc(parseDate(v.input ?? '')) !== v.expected_utc);
    console.info(
      `dates (parseDate): ${valued.length - misses.length}/${valued.length} valued vectors pass`,
    );
    expect(misses.map((v) => v.input)).toEqual([]);
  });

  it('each format parser matches every vector of its feedparser counterpart, valid or not', () => {
    const misses = vectors.filter((v) => {
      const parse = PARSERS[v.parser];
      return !parse || formatUtc(parse(v.input ?? '')) !== v.expected_utc;
    });
    console.info(
      `dates (per parser): ${vectors.length - misses.length}/${vectors.length} vectors pass`,
    );
    expect(misses.map((v) => `${v.parser} ${v.input}`)).toEqual([]);
  });

  it('refuses impossible calendar dates instead of rolling them over', () => {
    expect(parseDate('Tue, 31 Jun 2025 14:20:00 +0000')).toBeUndefined();
    expect(parseDate('2025-02-29T00:00:00Z')).toBeUndefined();
    expect(parseDate('not a date')).toBeUndefined();
    expect(parseDate(undefined)).toBeUndefined();
  });

  it('keeps a date with an unknown zone name, read as UTC', () => {
    expect(formatUtc(parseDate('Sat, 21 Jun 2025 21:15:00 XYZ'))).toBe('2025-06-21T21:15:00Z');
  });
});
