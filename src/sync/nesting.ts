/**
 * Walking parsed file data without recursion. A file decides how deep its values go, and a
 * recursive walk over 100,000 nested lists ends in a stack overflow; these walks keep their own
 * stack instead. The reader refuses a file nested deeper than MAX_DEPTH before anything else looks
 * inside it, so what runs after (zod, the merge's comparisons, canonical JSON) may recurse freely.
 */
import type { PathPart } from './problems';

/**
 * Objects and lists inside one another, the file itself counting as one. The app's deepest value
 * is 8 levels down (a money parameter of a reason in a worksheet's result); the rest is room for
 * later versions of the format.
 */
export const MAX_DEPTH = 32;

interface Frame {
  value: object;
  /** An object's keys; undefined for a list. */
  keys: string[] | undefined;
  /** The index of the next child to visit. */
  next: number;
}

function frameOf(value: object): Frame {
  return { value, keys: Array.isArray(value) ? undefined : Object.keys(value), next: 0 };
}

/**
 * The path to the first object or list, depth first, for which `stop` is true (`root` itself is
 * at depth 1 and path []); undefined when there is none.
 */
export function findNested(
  root: unknown,
  stop: (value: object, depth: number) => boolean,
): PathPart[] | undefined {
  if (root === null || typeof root !== 'object') return undefined;
  if (stop(root, 1)) return [];
  const stack: Frame[] = [frameOf(root)];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const size = top.keys ? top.keys.length : (top.value as unknown[]).length;
    if (top.next >= size) {
      stack.pop();
      continue;
    }
    const at = top.next++;
    const child: unknown = top.keys
      ? (top.value as Record<string, unknown>)[top.keys[at]!]
      : (top.value as unknown[])[at];
    if (child === null || typeof child !== 'object') continue;
    if (stop(child, stack.length + 1)) return stack.map(pathPart);
    stack.push(frameOf(child));
  }
  return undefined;
}

/** The key or index of the child a frame visited last. */
function pathPart(frame: Frame): PathPart {
  return frame.keys ? frame.keys[frame.next - 1]! : frame.next - 1;
}

/** Where `root` goes deeper than MAX_DEPTH, if it does. */
export function tooDeepPath(root: unknown): PathPart[] | undefined {
  return findNested(root, (_, depth) => depth > MAX_DEPTH);
}

/**
 * Where a `__proto__` key hides in parsed JSON: strict objects refuse it, but a record of stamps
 * would quietly drop it; a file carrying one is refused all the same.
 */
export function protoKeyPath(root: unknown): PathPart[] | undefined {
  const path = findNested(
    root,
    (value) => !Array.isArray(value) && Object.hasOwn(value, '__proto__'),
  );
  return path && [...path, '__proto__'];
}
