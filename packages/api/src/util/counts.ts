/** Turns grouped counts into a record with every key present (missing groups are 0). */
export function countsByKey<K extends string>(
  keys: readonly K[],
  groups: Iterable<readonly [K, number]>,
): Record<K, number> {
  const result = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const [key, count] of groups) result[key] = count;
  return result;
}
