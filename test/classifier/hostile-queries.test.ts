import { describe, expect, it } from 'vitest';
import { compileQuery } from '../../src/classifier/compile-topic.js';
import { QuerySyntaxError } from '../../src/classifier/query-node.js';

function offsetOf(source: string): number {
  try {
    compileQuery(source);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return error.offset;
    throw error;
  }
  return -1;
}

describe('hostile queries fail with a syntax error, not a crash', () => {
  it('rejects a 100,000-character query by its length, at the cap', () => {
    expect(offsetOf('belarus OR '.repeat(9_091))).toBe(4000);
  });

  it('rejects deep nesting at the first level past the cap', () => {
    expect(() => compileQuery(`${'('.repeat(10_000)}x${')'.repeat(10_000)}`)).toThrow(/longer/);
    expect(() => compileQuery(`${'('.repeat(1999)}x${')'.repeat(1999)}`)).toThrow(/nesting/);
    expect(offsetOf(`${'('.repeat(60)}x${')'.repeat(60)}`)).toBe(50);
  });

  it('rejects a long chain of NOT by depth', () => {
    expect(offsetOf(`x ${'NOT '.repeat(60)}y`)).toBe(2 + 4 * 50);
  });

  it('rejects more than 500 terms', () => {
    const source = Array.from({ length: 600 }, (_, i) => `t${i}`).join(' ');
    expect(source.length).toBeLessThan(4000);
    expect(offsetOf(source)).toBe(source.indexOf('t500'));
  });

  it('accepts a query right at the limits', () => {
    const nested = `${'('.repeat(50)}belarus${')'.repeat(50)}`;
    expect(compileQuery(nested).root).toMatchObject({ kind: 'leaf' });
  });
});
