/**
 * Deep equality of JSON-like values, whatever the order of object keys.
 *
 * Why not compare `JSON.stringify` outputs: the same state comes back with its keys in a different
 * order from `storage.session` (Chrome stores objects with sorted keys) than from a runtime message.
 */

/** True when `a` and `b` hold the same JSON data (keys in any order; `undefined` members count as absent). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const kx = keys(x);
  return kx.length === keys(y).length && kx.every((k) => Object.hasOwn(y, k) && sameJson(x[k], y[k]));
}
