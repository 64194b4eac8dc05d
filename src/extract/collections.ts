/** Small helpers for the engine's lists and maps, written once for every step. */

/**
 * `list[i]`, or undefined for a negative `i`. V8 reads `list[-1]` as a property named "-1" (a
 * slow lookup), and the access site then stays on the slow generic path for every later index.
 *
 * @example itemAt(['a', 'b'], -1) === undefined; itemAt(['a', 'b'], 1) === 'b'
 */
export function itemAt<T>(list: readonly T[], i: number): T | undefined {
  return i >= 0 ? list[i] : undefined;
}

/**
 * The inner map of `outer` at `key`, made on first use: maps keyed by two ids without building a
 * key string per lookup.
 *
 * @example innerMap(positions, actorId).set(issueId, position)
 */
export function innerMap<K, K2, V>(outer: Map<K, Map<K2, V>>, key: K): Map<K2, V> {
  let m = outer.get(key);
  if (!m) {
    m = new Map();
    outer.set(key, m);
  }
  return m;
}

/**
 * The list of `map` at `key`, made empty on first use.
 *
 * @example listIn(bySurname, 'rudd').push(record)
 */
export function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}
