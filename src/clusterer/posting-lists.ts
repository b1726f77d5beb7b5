/**
 * The story index's posting lists: which entries hold a key. A key held by one entry maps to
 * that entry's id alone (most keys), so the common case allocates no array.
 */

/** Adds `id` to the entries holding `key`. */
export function addPosting(map: Map<number, number | number[]>, key: number, id: number): void {
  const posting = map.get(key);
  if (posting === undefined) map.set(key, id);
  else if (typeof posting === 'number') map.set(key, [posting, id]);
  else posting.push(id);
}

/** Removes `id` from the entries holding `key`; the key goes when no entry holds it. */
export function removePosting(map: Map<number, number | number[]>, key: number, id: number): void {
  const posting = map.get(key);
  if (posting === undefined) return;
  if (typeof posting === 'number') {
    if (posting === id) map.delete(key);
    return;
  }
  const at = posting.indexOf(id);
  if (at >= 0) posting.splice(at, 1);
  if (posting.length === 1) map.set(key, posting[0] as number);
  else if (posting.length === 0) map.delete(key);
}

/** Adds `id` to the list under `key`. */
export function pushTo<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else list.push(id);
}

/** Removes `id` from the list under `key`; the key goes with its last id. */
export function pullFrom<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (list === undefined) return;
  const at = list.indexOf(id);
  if (at >= 0) list.splice(at, 1);
  if (list.length === 0) map.delete(key);
}
