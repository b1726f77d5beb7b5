/**
 * The typed arrays indexed by term id or entry slot grow as ids come: `array` copied into a new
 * array of the same kind, at least `index + 1` long and at least twice as long as before (so a
 * run of new ids costs amortized constant time), zeros after the copied values.
 */
export function growTypedArray<T extends Float64Array | Uint32Array>(array: T, index: number): T {
  const length = Math.max(index + 1, array.length * 2);
  const grown = (
    array instanceof Float64Array ? new Float64Array(length) : new Uint32Array(length)
  ) as T;
  grown.set(array);
  return grown;
}
