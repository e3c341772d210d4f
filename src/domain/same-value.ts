/**
 * The one meaning of "equal" for record values: the same canonical JSON, without building it. Keys
 * in any order, a key holding `undefined` counts as absent, and `undefined` in a list or alone as
 * `null`, as JSON.stringify has it. Change detection, the merge and the import's compare all use
 * it, so a value that merges as unchanged is never stamped as changed (or the other way round).
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return jsonScalar(a) === jsonScalar(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], other[i])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let count = 0;
  for (const key of Object.keys(left)) {
    if (left[key] === undefined) continue;
    count += 1;
    const other = Object.hasOwn(right, key) ? right[key] : undefined;
    if (other === undefined || !sameValue(left[key], other)) return false;
  }
  for (const key of Object.keys(right)) if (right[key] !== undefined) count -= 1;
  return count === 0;
}

/** A non-object value as JSON writes it: NaN, Infinity and undefined all become `null`. */
function jsonScalar(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  if (typeof value === 'object' || typeof value === 'function' || typeof value === 'symbol') {
    return JSON.stringify(value) ?? null;
  }
  return value;
}
