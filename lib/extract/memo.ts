/**
 * A bounded memo for pure functions of a string: sentences are read by several kinds and
 * their context rules, so the same lookups repeat. Cleared when full, to bound memory.
 */
export function memoByString<T>(fn: (key: string) => T, limit = 5000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
