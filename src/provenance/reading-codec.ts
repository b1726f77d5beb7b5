import type { MemberReading } from './read-claims.js';

/**
 * The stored form of a member's reading. Bump FORMAT whenever reading a member changes (new
 * rules, new fields): stored readings of another format are read again, never trusted.
 */
const FORMAT = 1;

const SET_FIELDS = [
  'stemGrams',
  'nameKeys',
  'crossNameKeys',
  'quoteCrossTerms',
  'crossTerms',
  'numberKeys',
] as const;

/** A reading as JSON (sets as arrays), tagged with its format. */
export function encodeReading(reading: MemberReading): string {
  return JSON.stringify({ format: FORMAT, ...reading }, (_key, value: unknown) =>
    value instanceof Set ? [...value] : value,
  );
}

/** The reading stored as JSON, or undefined when it is of another format or not a reading. */
export function decodeReading(json: string): MemberReading | undefined {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || value.format !== FORMAT) return undefined;
  const lists = ['quotes', 'names', 'numbers', ...SET_FIELDS];
  if (typeof value.language !== 'string' || lists.some((key) => !Array.isArray(value[key])))
    return undefined;
  const { format: _format, ...reading } = value;
  for (const key of SET_FIELDS) reading[key] = new Set(value[key] as string[]);
  return reading as unknown as MemberReading;
}
