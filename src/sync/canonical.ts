/**
 * Canonical JSON: object keys sorted at every level, arrays in their order, no spaces. Two equal
 * records always give the same bytes, so an export is reproducible and comparable byte for byte.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map(
      (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
    );
  return `{${entries.join(',')}}`;
}

export function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One object shape's keys as Object.keys lists them, the same keys sorted, and whether they were. */
interface KeyOrder {
  keys: string[];
  sorted: string[];
  inOrder: boolean;
}

/** Thrown inside the writer at a value native JSON.stringify might write otherwise. */
const NOT_PLAIN = Symbol('not plain JSON data');

/** Shapes remembered per writer: records of a table share a handful, maps of stamps a few more. */
const MAX_SHAPES = 64;

/**
 * A faster `canonicalJson` for many records, giving the same bytes. It lets the native
 * JSON.stringify write each record: as it is when its keys are already in order at every level,
 * else as a copy built in sorted key order (JSON.stringify writes keys in insertion order). Each
 * shape's sorted order is worked out once and remembered by the writer.
 *
 * Insertion order only holds for keys that are not integer-like ("2" and "10" always come first,
 * in numeric order), so a record with a key starting with a digit, a `__proto__` key, or anything
 * but plain data (functions, class instances, dates, sparse arrays…), where native JSON could
 * differ, is written by `canonicalJson` instead. Records read from IndexedDB or JSON are plain
 * data, so only such keys would take that path.
 */
export type CanonicalWriter = (value: unknown) => string;

export function canonicalWriter(): CanonicalWriter {
  const shapes: KeyOrder[] = [];

  function orderOf(value: object): KeyOrder {
    const keys = Object.keys(value);
    for (let s = 0; s < shapes.length; s++) {
      const known = shapes[s]!;
      if (known.keys.length !== keys.length) continue;
      let i = 0;
      while (i < keys.length && keys[i] === known.keys[i]) i++;
      if (i < keys.length) continue;
      // Move a hit one place forward, so the common shapes are found first.
      if (s > 0) {
        shapes[s] = shapes[s - 1]!;
        shapes[s - 1] = known;
      }
      return known;
    }
    const order = newOrder(keys);
    if (shapes.length < MAX_SHAPES) shapes.push(order);
    else shapes[MAX_SHAPES - 1] = order;
    return order;
  }

  /** True when native JSON.stringify writes `value` as it is in canonical form. */
  function inOrder(value: unknown): boolean {
    if (!isPlainObject(value)) return Array.isArray(value) ? value.every(inOrder) : true;
    const order = orderOf(value);
    if (!order.inOrder) return false;
    const record = value as Record<string, unknown>;
    for (const key of order.keys) if (!inOrder(record[key])) return false;
    return true;
  }

  function sortedCopy(value: unknown): unknown {
    if (!isPlainObject(value)) return Array.isArray(value) ? value.map(sortedCopy) : value;
    const record = value as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    for (const key of orderOf(value).sorted) {
      const field = record[key];
      if (field !== undefined) copy[key] = sortedCopy(field);
    }
    return copy;
  }

  return (value) => {
    try {
      return JSON.stringify(inOrder(value) ? value : sortedCopy(value)) ?? 'null';
    } catch (error) {
      if (error === NOT_PLAIN) return canonicalJson(value);
      throw error;
    }
  };
}

/**
 * Whether `value` is a plain object (else a JSON scalar or a dense array); throws NOT_PLAIN for
 * values native JSON might write differently from `canonicalJson`.
 */
function isPlainObject(value: unknown): value is object {
  if (value === null) return false;
  const type = typeof value;
  if (type === 'object') {
    if (Array.isArray(value)) {
      // A hole reads as undefined, but canonicalJson writes it as nothing.
      for (let i = 0; i < value.length; i++) if (!(i in value)) throw NOT_PLAIN;
      return false;
    }
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) throw NOT_PLAIN;
    return true;
  }
  if (type === 'function' || type === 'symbol' || type === 'bigint') throw NOT_PLAIN;
  return false;
}

function newOrder(keys: string[]): KeyOrder {
  for (const key of keys) {
    const first = key.charCodeAt(0);
    if ((first >= 48 && first <= 57) || key === '__proto__') throw NOT_PLAIN;
  }
  const sorted = [...keys].sort();
  return { keys, sorted, inOrder: sorted.every((key, i) => key === keys[i]) };
}
