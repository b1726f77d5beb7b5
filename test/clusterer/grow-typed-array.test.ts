import { describe, expect, it } from 'vitest';
import { growTypedArray } from '../../src/clusterer/grow-typed-array.js';

describe('growing a typed array indexed by id', () => {
  it('keeps its values, zeroes the rest and keeps its kind', () => {
    const grown = growTypedArray(Float64Array.of(1.5, 2.5), 2);
    expect(grown).toBeInstanceOf(Float64Array);
    expect([...grown]).toEqual([1.5, 2.5, 0, 0]);
    const counts = growTypedArray(Uint32Array.of(7), 1);
    expect(counts).toBeInstanceOf(Uint32Array);
    expect([...counts]).toEqual([7, 0]);
  });

  it('doubles, or reaches the index when that is further', () => {
    expect(growTypedArray(new Uint32Array(4), 4).length).toBe(8);
    expect(growTypedArray(new Uint32Array(4), 20).length).toBe(21);
  });
});
