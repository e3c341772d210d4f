/**
 * Build checks on the JavaScript a first visit loads before the first screen is interactive: the
 * entry script and modulepreload links of the built index.html (E2E_DIST, else dist), and every
 * chunk they import statically. It must hold no Chart.js (a chunk loaded later, on the first chart,
 * does) and no Dexie (loaded beside the first screen, src/state/load-database.ts), and it must fit
 * the size budget, counted gzipped from the build output, so the figure is the same on every run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const dist = process.env.E2E_DIST ?? 'dist';

/** Strings only Chart.js's core carries; minifying keeps error messages as they are. */
const chartJsMarkers = [
  "can't acquire context from the given item",
  'Canvas is already in use. Chart with ID',
];

function read(path: string): string {
  return readFileSync(join(dist, path), 'utf8');
}

/** The files index.html loads at once: module scripts and modulepreload links. */
function entryFiles(html: string): string[] {
  const files = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) {
    files.add(match[1]!);
  }
  for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) {
    files.add(match[1]!);
  }
  return [...files].map((f) => f.replace(/^\//, ''));
}

/** Chunks a module imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import()`. */
function staticImports(file: string, code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(
    /\b(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
  )) {
    found.push(posix.normalize(posix.join(posix.dirname(file), match[1]!)));
  }
  return found;
}

function initialJavaScript(): Map<string, string> {
  const loaded = new Map<string, string>();
  const queue = entryFiles(read('index.html'));
  while (queue.length) {
    const file = queue.pop()!;
    if (loaded.has(file)) continue;
    const code = read(file);
    loaded.set(file, code);
    queue.push(...staticImports(file, code));
  }
  return loaded;
}

test('the first visit loads no Chart.js; it comes in a chunk of its own, later', () => {
  const initial = initialJavaScript();
  expect(initial.size).toBeGreaterThan(0);
  for (const [file, code] of initial) {
    for (const marker of chartJsMarkers) {
      expect(code.includes(marker), `${file} holds Chart.js ("${marker}")`).toBe(false);
    }
  }
  const later = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js') && !initial.has(`assets/${f}`))
    .filter((f) => chartJsMarkers.every((m) => read(`assets/${f}`).includes(m)));
  expect(later, 'a lazily loaded chunk holds Chart.js').toHaveLength(1);
});

/** A message only Dexie's liveQuery carries (minifying keeps template strings as they are). */
const dexieMarker = 'liveQuery context. Querier source';

test("the first screen's script holds no Dexie; the database comes in a chunk of its own, beside it", () => {
  const initial = initialJavaScript();
  for (const [file, code] of initial) {
    expect(code.includes(dexieMarker), `${file} holds Dexie`).toBe(false);
  }
  const later = readdirSync(join(dist, 'assets')).filter(
    (f) => f.endsWith('.js') && read(`assets/${f}`).includes(dexieMarker),
  );
  expect(later, 'the chunks that hold Dexie').toEqual([expect.stringMatching(/^dexie-/)]);
});

/**
 * Issue 7: at most 70 KB of gzipped JavaScript before the first screen (Home) is interactive,
 * read as KiB, the unit the environment notes measure libraries in. Issue 16 took it to 71.2 KiB
 * and the budget to 72 for a while; issue 17 brought it back under 70 (the messages only later
 * screens show left the first screen's set, and so did the modulepreload polyfill).
 */
const firstVisitBudget = 70 * 1024;

test('the JavaScript a first visit loads fits the 70 KiB gzip budget', () => {
  const initial = initialJavaScript();
  const sizes = [...initial].map(([file, code]) => ({
    file,
    gzip: gzipSync(code, { level: 9 }).length,
  }));
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(
    [
      `First-visit JavaScript: ${kib(total)} gzip, ${total} bytes (budget ${kib(firstVisitBudget)})`,
      ...sizes
        .sort((a, b) => b.gzip - a.gzip)
        .map((s) => `  ${kib(s.gzip).padStart(10)}  ${s.file}`),
    ].join('\n'),
  );
  expect(total, 'gzipped JavaScript of the first visit, in bytes').toBeLessThanOrEqual(
    firstVisitBudget,
  );
});
