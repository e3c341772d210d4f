/**
 * `npm run bench` (scripts/bench.mjs loads this through Vite, so it is TypeScript and imports the
 * app's sources directly). Drives the production build in headless Chromium with a disk-backed
 * profile and prints each figure beside a baseline measured in the same run: what the browser
 * itself does with the same records (raw IndexedDB, JSON). docs/benchmarks.md says what each
 * figure means and how it is taken.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build, type Rollup } from 'vite';
import { dbVersions } from '../src/db/versions';
import type {
  pickPaymentJob,
  rawPutPayment,
  recordPayment,
  timeFacts,
  timeImportPhases,
} from './bench-page';
import { DEFAULT_AS_OF, stressFile } from './generate-data';
import { waitForQuietMachine } from './quiet-machine';

declare global {
  interface Window {
    __longTasks: { start: number; ms: number }[];
    __marks: Record<string, number>;
    __until: (selector: string, start: () => void, timeoutMs: number) => Promise<number>;
    /** When Home's figure changed (ms since the epoch), and since when long tasks count. */
    __shown: Promise<number>;
    __since: number;
    GLBench: {
      timeFacts: typeof timeFacts;
      timeImportPhases: typeof timeImportPhases;
      pickPaymentJob: typeof pickPaymentJob;
      recordPayment: typeof recordPayment;
      rawPutPayment: typeof rawPutPayment;
    };
  }
}

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4404' },
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'bench-results.json' },
    data: { type: 'string', default: join(tmpdir(), 'goodwill-bench') },
    /** Also time the import's steps one by one (costs one more import). */
    phases: { type: 'boolean', default: false },
    /** How many times the raw put and the import run in turn (3 below full size, else 1). */
    'import-runs': { type: 'string' },
    /**
     * Only these figures, comma-separated (reimport, export, dashboard, follow, facts, lists,
     * cold-start); the raw put and the import always run, as they fill the database.
     */
    only: { type: 'string' },
  },
});
const only = values.only ? new Set(values.only.split(',').map((n) => n.trim())) : undefined;
const want = (name: string) => only === undefined || only.has(name);
const scale = Number(values.scale);
const seed = Number(values.seed);
const port = Number(values.port);
const dist = resolve(values.dist);
const base = `http://127.0.0.1:${port}/`;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const MINUTE = 60_000;
const log = (message: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

/** Before a compared figure: the browser done with whatever the figure before it left behind. */
async function settle(before: string) {
  const waited = await waitForQuietMachine();
  if (!waited) log(`before ${before}: cannot tell whether the machine is quiet here`);
  else if (!waited.quiet) log(`before ${before}: still busy after ${waited.waitedMs} ms, going on`);
  else log(`before ${before}: quiet after ${waited.waitedMs} ms`);
}

// --- Inputs: the build, the stress file, the database schema, the in-page helpers -------------

if (!existsSync(join(dist, 'index.html'))) {
  log(`no build in ${dist}: building`);
  const built = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], {
    stdio: 'inherit',
    // This script runs inside Vite's module runner, which sets NODE_ENV to development: a build
    // inheriting it registers no service worker, and the bench then waits for one for ever.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

mkdirSync(values.data, { recursive: true });
const stressPath = join(values.data, `stress-seed${seed}-scale${scale}.json`);
const stressInfoPath = `${stressPath}.info.json`;
if (!existsSync(stressPath) || !existsSync(stressInfoPath)) {
  log(`generating the stress set at scale ${scale} (seed ${seed})`);
  const file = stressFile({ seed, scale });
  writeFileSync(stressPath, file.text);
  writeFileSync(
    stressInfoPath,
    JSON.stringify({ counts: file.counts, bigClientId: file.bigClientId, records: file.records }),
  );
}
const stressInfo = JSON.parse(readFileSync(stressInfoPath, 'utf8')) as {
  counts: Record<string, number>;
  bigClientId: string;
  records: number;
};
const asOf = DEFAULT_AS_OF;
const fileBytes = statSync(stressPath).size;
log(`stress file: ${stressInfo.records} records, ${(fileBytes / 1048576).toFixed(1)} MB`);

/** The stores and indexes of the newest database version, for the raw baseline. */
const stores: Record<string, string> = {};
for (const version of dbVersions) {
  for (const [name, spec] of Object.entries(version.stores)) {
    if (spec === null) delete stores[name];
    else stores[name] = spec;
  }
}
/** Dexie's schema syntax as IndexedDB calls: `id, &email, *tags, [a+b]`. */
const schema = Object.entries(stores).map(([name, spec]) => {
  const [primary = '', ...indexes] = spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const keyPathOf = (s: string): string | string[] =>
    s.startsWith('[') ? s.slice(1, -1).split('+') : s;
  const key = primary.replace(/^\+\+|^&/, '');
  return {
    name,
    keyPath: key === '' ? null : keyPathOf(key),
    autoIncrement: primary.startsWith('++'),
    indexes: indexes.map((s) => {
      const unique = s.startsWith('&');
      const multiEntry = s.startsWith('*');
      const bare = s.replace(/^[&*]/, '');
      return { name: bare, keyPath: keyPathOf(bare), unique, multiEntry };
    }),
  };
});
const syncedStores = schema.map((s) => s.name).filter((name) => name !== 'meta');

const helperBuild = await build({
  configFile: false,
  logLevel: 'error',
  build: {
    write: false,
    minify: true,
    lib: { entry: resolve('scripts/bench-page.ts'), formats: ['iife'], name: 'GLBench' },
  },
});
const helperCode = ([helperBuild].flat()[0] as Rollup.RollupOutput).output[0].code;

// --- The server and the browser --------------------------------------------------------------

let server: ChildProcess | undefined;
async function startServer() {
  server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
      '--outDir',
      dist,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], detached: true },
  );
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`vite preview did not answer on ${base}`);
}
function stopServer() {
  if (server?.pid !== undefined && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  server = undefined;
}

/** In every page: a long-task log and a way to time until something appears. */
function pageInit() {
  // Inlined: this function runs in the page, which cannot see the module's constants.
  const MARK_PREFIX = 'bench-mark ';
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing in this browser
  }
  window.__marks = {};
  const watched = { firstScreen: 'main h1', homeFigures: '[data-testid="home-owed"]' };
  const check = () => {
    for (const [name, selector] of Object.entries(watched)) {
      if (window.__marks[name] === undefined && document.querySelector(selector)) {
        window.__marks[name] = performance.now();
        // Heard by the bench as a console event: waiting with waitForFunction instead has
        // Playwright evaluate its own 330 KB script in the page while the app starts (a trace of
        // a cold start showed 63 ms of it on the main thread before the first screen).
        console.debug(`${MARK_PREFIX}${name} ${window.__marks[name]}`);
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  /** Runs `start` and resolves with the ms until `selector` matches. */
  window.__until = (selector, start, timeoutMs) =>
    new Promise<number>((resolve, reject) => {
      const t0 = performance.now();
      const found = () => document.querySelector(selector);
      const observer = new MutationObserver(() => {
        if (found()) done();
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`timed out waiting for ${selector}`));
      }, timeoutMs);
      function done() {
        observer.disconnect();
        clearTimeout(timer);
        resolve(performance.now() - t0);
      }
      observer.observe(document, { childList: true, subtree: true, characterData: true });
      start();
      if (found()) done();
    });
}

const profile = mkdtempSync(join(tmpdir(), 'goodwill-bench-profile-'));
async function launch() {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    viewport: { width: 360, height: 780 },
    serviceWorkers: 'allow',
    acceptDownloads: true,
  });
  await context.addInitScript(pageInit);
  return context;
}

// --- Raw baselines, run in the page with plain IndexedDB ----------------------------------------

/** Puts the file's records into a fresh database of the app's schema, one transaction. */
async function rawPut(page: Page) {
  return page.evaluate(
    async ({ schema }) => {
      const file = (document.getElementById('bench-file') as HTMLInputElement).files![0]!;
      const data = JSON.parse(await file.text()) as Record<string, unknown[]>;
      const req = <T>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      await req(indexedDB.deleteDatabase('bench-raw'));
      const open = indexedDB.open('bench-raw', 1);
      open.onupgradeneeded = () => {
        for (const s of schema) {
          const store = open.result.createObjectStore(s.name, {
            keyPath: s.keyPath,
            autoIncrement: s.autoIncrement,
          });
          for (const i of s.indexes) {
            store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
          }
        }
      };
      const db = await req(open);
      const names = schema.map((s) => s.name).filter((n) => Array.isArray(data[n]));
      const start = performance.now();
      const tx = db.transaction(names, 'readwrite', { durability: 'default' });
      for (const name of names) {
        const store = tx.objectStore(name);
        for (const record of data[name]!) store.put(record);
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
      const ms = performance.now() - start;
      db.close();
      await req(indexedDB.deleteDatabase('bench-raw'));
      return ms;
    },
    { schema },
  );
}

/** getAll of the given stores of the app's database, in one transaction; optionally stringified. */
async function rawRead(page: Page, names: string[], stringify: boolean) {
  return page.evaluate(
    async ({ names, stringify }) => {
      const req = <T>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const db = await req(indexedDB.open('goodwill-ledger'));
      const start = performance.now();
      const tx = db.transaction(names, 'readonly');
      const rows = await Promise.all(names.map((n) => req(tx.objectStore(n).getAll())));
      let bytes = 0;
      if (stringify)
        bytes = JSON.stringify(Object.fromEntries(names.map((n, i) => [n, rows[i]]))).length;
      const ms = performance.now() - start;
      db.close();
      return { ms, records: rows.reduce((n, r) => n + r.length, 0), bytes };
    },
    { names, stringify },
  );
}

// --- Measuring --------------------------------------------------------------------------------

/**
 * Samples the page's JS heap through the DevTools protocol until stopped. `split` gives the peak
 * since the last split (the preview's, then the apply's); `stop` gives the whole peak and what is
 * left after a full garbage collection (what the page still holds, as against garbage not yet
 * collected).
 */
async function heapSampler(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const used = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  };
  let peak = 0;
  let sincePeak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const now = await used();
        peak = Math.max(peak, now);
        sincePeak = Math.max(sincePeak, now);
      } catch {
        // the page is busy navigating; try again
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    split() {
      const part = sincePeak;
      sincePeak = 0;
      return part;
    },
    async stop() {
      running = false;
      await loop;
      let retained = 0;
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        retained = await used();
      } catch {
        // not measured
      }
      await cdp.detach().catch(() => {});
      return { peak, retained };
    },
  };
}

async function openSync(page: Page) {
  await page.evaluate(() => (location.hash = '#/sync'));
  await page
    .getByRole('heading', { name: 'Sync and backup', level: 1 })
    .waitFor({ timeout: MINUTE });
}

/**
 * Deletes the app's database so the next import starts from nothing, as the first did. The app
 * closes its connection and reloads when its database goes (src/pwa/schema-upgrade.ts); the
 * reloaded page opens a new, empty one. Home is opened first, as on the first run.
 */
async function emptyAppDatabase(page: Page) {
  await Promise.all([
    page.waitForEvent('load', { timeout: MINUTE }),
    page
      .evaluate(() => void indexedDB.deleteDatabase('goodwill-ledger'))
      // The reload may come before the answer does.
      .catch(() => undefined),
  ]);
  await page.evaluate(() => (location.hash = '#/'));
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: MINUTE });
}

/** A moment in the page: an event (capture phase, on the document) or a DOM change. */
type Moment =
  { event: 'change' | 'click'; selector: string; text?: string } | { shows: string; text?: string };

/**
 * Arms a stopwatch in the page, by the page's own clock: from the first `start` to the first `end`
 * after it. The app's figures are then timed as the raw baselines are, in the page, rather than by
 * Playwright, whose waits poll every 500 ms once they have waited a while and whose click first
 * checks the button is stable over two frames: up to a second in all, on any import.
 */
async function armStopwatch(page: Page, name: string, start: Moment, end: Moment) {
  await page.evaluate(
    ({ name, start, end }) => {
      const w = window as unknown as {
        __stopwatches?: Record<string, { start?: number; end?: number }>;
      };
      const watch: { start?: number; end?: number } = {};
      (w.__stopwatches ??= {})[name] = watch;
      const matches = (el: Element | null, moment: { text?: string }) =>
        el !== null && (moment.text === undefined || (el.textContent ?? '').includes(moment.text));
      const shows = (moment: { shows: string; text?: string }) =>
        [...document.querySelectorAll(moment.shows)].some((el) => matches(el, moment));
      const at = (moment: typeof start, mark: (ms: number) => void) => {
        if ('event' in moment) {
          const listener = (event: Event) => {
            const el =
              event.target instanceof Element ? event.target.closest(moment.selector) : null;
            if (!matches(el, moment)) return;
            document.removeEventListener(moment.event, listener, true);
            mark(performance.now());
          };
          document.addEventListener(moment.event, listener, true);
        } else {
          const observer = new MutationObserver(() => {
            if (!shows(moment)) return;
            observer.disconnect();
            mark(performance.now());
          });
          observer.observe(document, { childList: true, subtree: true, characterData: true });
        }
      };
      at(start, (ms) => {
        watch.start = ms;
        // Armed once started, so what showed before the start does not count.
        at(end, (ms2) => (watch.end ??= ms2));
      });
    },
    { name, start, end },
  );
}

/** The stopwatch's reading, or undefined when it did not see both moments. */
async function readStopwatch(page: Page, name: string): Promise<number | undefined> {
  const watch = await page.evaluate(
    (name) =>
      (window as unknown as { __stopwatches?: Record<string, { start?: number; end?: number }> })
        .__stopwatches?.[name],
    name,
  );
  return watch?.start !== undefined && watch.end !== undefined
    ? Math.round(watch.end - watch.start)
    : undefined;
}

const PREVIEW = '[aria-labelledby="sync-preview-heading"]';

/**
 * Import through the Sync screen: choose the file, wait for the preview, apply, wait for done.
 * Timed in the page from the file input's change to the preview showing, and from the click on
 * Import to "Import finished" showing; Playwright's own view (from before it sets the file until
 * it sees the text) is kept beside.
 */
async function importThroughUi(page: Page, expectChanges: boolean, atPreview?: () => void) {
  await openSync(page);
  await armStopwatch(
    page,
    'preview',
    { event: 'change', selector: '#sync-file' },
    expectChanges ? { shows: PREVIEW } : { shows: PREVIEW, text: 'nothing to import' },
  );
  const started = Date.now();
  await page.getByLabel('Choose a file').setInputFiles(stressPath);
  const preview = page.getByRole('region', { name: 'What the import will do' });
  await preview.waitFor({ timeout: 20 * MINUTE });
  if (!expectChanges) {
    await page
      .getByText(/^Nothing to import|nothing to import/i)
      .first()
      .waitFor({ timeout: MINUTE });
    const prepareMs = (await readStopwatch(page, 'preview')) ?? Date.now() - started;
    return { prepareMs, applyMs: 0, totalMs: prepareMs, seenMs: Date.now() - started };
  }
  const prepared = Date.now();
  atPreview?.();
  await armStopwatch(
    page,
    'apply',
    { event: 'click', selector: `${PREVIEW} button`, text: 'Import' },
    { shows: '[role="status"]', text: 'Import finished:' },
  );
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText(/^Import finished:/).waitFor({ timeout: 20 * MINUTE });
  const finished = Date.now();
  const prepareMs = (await readStopwatch(page, 'preview')) ?? prepared - started;
  const applyMs = (await readStopwatch(page, 'apply')) ?? finished - prepared;
  return { prepareMs, applyMs, totalMs: prepareMs + applyMs, seenMs: finished - started };
}

/**
 * Sync screen, Download file, timed in the page from the click on the button to the app's click on
 * the download link (the file handed to the browser), as the baseline is timed in the page; until
 * Playwright hears of the download is kept beside.
 */
async function exportThroughUi(page: Page) {
  await openSync(page);
  await armStopwatch(
    page,
    'export',
    { event: 'click', selector: 'button', text: 'Download file' },
    { event: 'click', selector: 'a[download]' },
  );
  const started = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 20 * MINUTE }),
    page.getByRole('button', { name: 'Download file' }).click(),
  ]);
  const seenMs = Date.now() - started;
  await download.delete().catch(() => {});
  return { ms: (await readStopwatch(page, 'export')) ?? seenMs, seenMs };
}

/** Opens a list, then scrolls its scroller to the end in steps, watching DOM size and long tasks. */
async function listFigures(page: Page, hash: string, rowSelector: string) {
  await page.evaluate(() => (location.hash = '#/sync'));
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  let openMs;
  try {
    openMs = await page.evaluate(
      ({ hash, rowSelector }) => window.__until(rowSelector, () => (location.hash = hash), 120_000),
      { hash, rowSelector },
    );
  } catch (error) {
    return { hash, error: error instanceof Error ? error.message : String(error) };
  }
  // The list's opening done with before its scrolling is watched.
  await settle('scrolling the list');
  return page.evaluate(
    async ({ rowSelector, openMs }) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
      const scrollers = [document.scrollingElement, ...document.querySelectorAll('main *')].filter(
        (el): el is Element =>
          el !== null &&
          el.scrollHeight - el.clientHeight > 50 &&
          (el === document.scrollingElement || /auto|scroll/.test(getComputedStyle(el).overflowY)),
      );
      const scroller = scrollers.sort(
        (a, b) => b.scrollHeight - b.clientHeight - (a.scrollHeight - a.clientHeight),
      )[0];
      const nodes = () => document.getElementsByTagName('*').length;
      const rowsAtOpen = document.querySelectorAll(rowSelector).length;
      const counts = [nodes()];
      const since = performance.now();
      const steps = 40;
      if (scroller) {
        for (let i = 1; i <= steps; i++) {
          scroller.scrollTop = ((scroller.scrollHeight - scroller.clientHeight) * i) / steps;
          await frame();
          counts.push(nodes());
        }
      }
      await frame();
      const longTasks = window.__longTasks.filter((t) => t.start >= since);
      return {
        openMs,
        rowsAtOpen,
        domAtOpen: counts[0],
        domMin: Math.min(...counts),
        domMax: Math.max(...counts),
        scrolled: Boolean(scroller),
        scrollHeight: scroller ? scroller.scrollHeight : 0,
        longTasks: longTasks.length,
        longestTaskMs: longTasks.reduce((m, t) => Math.max(m, t.ms), 0),
      };
    },
    { rowSelector, openMs },
  );
}

const HOME_LIMIT_MS = 5 * MINUTE;

/** Rejects when `promise` takes longer than `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not shown within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

let context: BrowserContext | undefined;

/**
 * A page stuck in a long task keeps its renderer (and any page opened beside it) busy: close the
 * browser and open the app again on the same profile, whose database is on disk.
 */
async function relaunch(): Promise<Page> {
  await context?.close().catch(() => {});
  context = await launch();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base}#/sync`);
  await page
    .getByRole('heading', { level: 1 })
    .first()
    .waitFor({ timeout: 5 * MINUTE });
  await page.evaluate(helperCode);
  return page;
}

// --- The run ----------------------------------------------------------------------------------

const results: {
  figures: Figure[];
  browser?: string;
  table?: string;
  [key: string]: unknown;
} = {
  when: new Date().toISOString(),
  scale,
  seed,
  counts: stressInfo.counts,
  records: stressInfo.records,
  fileBytes,
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  figures: [],
};
type Figure = {
  name: string;
  label: string;
  ms?: number;
  detail?: string;
  baselineLabel?: string;
  baselineMs?: number;
  target?: number;
  limitMs?: number;
  bytes?: number;
  baselineBytes?: number;
  ratio?: number;
  error?: string;
  openMs?: number;
  rowsAtOpen?: number;
  domAtOpen?: number;
  domMin?: number;
  domMax?: number;
  scrolled?: boolean;
  longTasks?: number;
  longestTaskMs?: number;
};
const figure = (entry: Figure) => {
  results.figures.push(entry);
  // Kept as it goes, so a run that fails late still leaves its figures.
  writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
  log(`${entry.name}: ${JSON.stringify(entry)}`);
};

/**
 * 8. Cold start, offline, server stopped: relaunches the browser on the same profile (its
 * service worker and database on disk) seven times; the first screen is the median of the seven
 * (single launches swing by 100 ms and more on a two-core machine).
 */
const COLD_STARTS = 7;
async function coldStartOffline() {
  log('cold start offline');
  await context?.close();
  context = undefined;
  stopServer();
  const firstScreen: number[] = [];
  const homeFigures: number[] = [];
  let homeFiguresError: string | undefined;
  for (let i = 0; i < COLD_STARTS; i++) {
    // The last browser's shutdown, or the figure before, done with.
    await settle('a cold start');
    const ctx = await launch();
    await ctx.setOffline(true);
    const p = ctx.pages()[0] ?? (await ctx.newPage());
    // Heard, not polled: nothing of Playwright's runs in the page until the first screen shows.
    const shown = p.waitForEvent('console', {
      predicate: (m) => m.text().startsWith('bench-mark firstScreen '),
      timeout: MINUTE,
    });
    await p.goto(base, { waitUntil: 'commit', timeout: MINUTE });
    firstScreen.push(Number((await shown).text().split(' ')[2]));
    // Home's figures over the whole set can take minutes: waited for once, within a limit.
    if (i === 0) {
      try {
        await p.waitForFunction(() => window.__marks?.homeFigures !== undefined, null, {
          timeout: HOME_LIMIT_MS,
        });
        homeFigures.push(await p.evaluate(() => window.__marks.homeFigures ?? NaN));
      } catch {
        homeFiguresError = `not shown within ${HOME_LIMIT_MS / 1000} s`;
      }
    }
    await ctx.close();
  }
  figure({
    name: 'cold-start',
    label: 'Cold start offline to the first screen (server stopped)',
    ms: median(firstScreen),
    detail: `runs ${firstScreen.map((m) => Math.round(m)).join(', ')} ms`,
    limitMs: 300,
  });
  figure({
    name: 'cold-start-figures',
    label: "Cold start offline to Home's figures over the whole stress set",
    ...(homeFigures.length ? { ms: median(homeFigures) } : {}),
    ...(homeFiguresError ? { error: homeFiguresError } : {}),
  });
}

try {
  await startServer();
  context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto(base);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: MINUTE });
  results.browser = context.browser()?.version() ?? 'chromium';
  // The service worker must control the page before the offline figure at the end.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
    }
  });

  // 1–2. The raw put of the file's records, then the app's import into its empty database, with
  // the JS heap sampled throughout. Below full size they run three times in turn, each import into
  // a freshly emptied database, and the medians are compared: one pair alone swung the ratio by
  // half on this shared machine, the disk being what both wait on.
  const importRuns = values['import-runs'] ? Number(values['import-runs']) : scale < 1 ? 3 : 1;
  const rawPutRuns: number[] = [];
  const importTimes: Awaited<ReturnType<typeof importThroughUi>>[] = [];
  const heaps: { preview: number; apply: number; peak: number; retained: number }[] = [];
  for (let run = 0; run < importRuns; run++) {
    if (run > 0) await emptyAppDatabase(page);
    log(`raw IndexedDB put${importRuns > 1 ? ` (${run + 1} of ${importRuns})` : ''}`);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'file';
      input.id = 'bench-file';
      input.hidden = true;
      document.body.append(input);
    });
    await page.setInputFiles('#bench-file', stressPath);
    await settle('the raw put');
    rawPutRuns.push(await rawPut(page));
    await page.evaluate(helperCode);
    if (values.phases && run === 0) {
      log('import phases');
      results.phases = await page.evaluate(async () => {
        const input = document.getElementById('bench-file') as HTMLInputElement;
        return window.GLBench.timeImportPhases(input.files![0]!);
      });
      log(`phases: ${JSON.stringify(results.phases)}`);
    }
    await page.evaluate(() => document.getElementById('bench-file')?.remove());

    log('import through the app');
    await openSync(page);
    await settle('the import');
    const heap = await heapSampler(context, page);
    let preview = 0;
    importTimes.push(await importThroughUi(page, true, () => (preview = heap.split())));
    const apply = heap.split();
    heaps.push({ preview, apply, ...(await heap.stop()) });
  }
  const totals = importTimes.map((r) => r.totalMs);
  const imported = importTimes.find((r) => r.totalMs === median(totals))!;
  figure({
    name: 'import',
    label: 'Import the stress file (read, check, compare, write)',
    ms: imported.totalMs,
    detail:
      `preview ${imported.prepareMs} ms + apply ${imported.applyMs} ms` +
      (importRuns > 1
        ? `; runs ${importTimes.map((r) => `${r.prepareMs} + ${r.applyMs}`).join(', ')} ms;` +
          ` baseline ${rawPutRuns.map(Math.round).join(', ')} ms`
        : '') +
      `; as Playwright saw them ${importTimes.map((r) => r.seenMs).join(', ')} ms`,
    baselineLabel: 'raw IndexedDB put, one transaction',
    baselineMs: median(rawPutRuns),
    target: 1.3,
  });
  const rawPutMs = median(rawPutRuns);

  figure({
    name: 'heap',
    label: 'Peak JS heap during the import',
    bytes: Math.max(...heaps.map((h) => h.peak)),
    detail: heaps
      .map(
        (h) => `preview ${mb(h.preview)}, apply ${mb(h.apply)}, after a full GC ${mb(h.retained)}`,
      )
      .join('; '),
    baselineLabel: 'file size',
    baselineBytes: fileBytes,
  });

  // 3. The same file again: everything unchanged (the merge path).
  if (want('reimport')) {
    log('import again (merge)');
    await openSync(page);
    await settle('the import again');
    const again = await importThroughUi(page, false);
    figure({
      name: 'reimport',
      label: 'Import the same file again (merge, nothing changes)',
      ms: again.totalMs,
      baselineLabel: 'raw IndexedDB put, one transaction',
      baselineMs: rawPutMs,
    });
  }

  // 4. Export vs getAll + stringify, in turn three times (a busy machine slows both alike); medians.
  if (want('export')) {
    log('export');
    const exportRuns: number[] = [];
    const seenRuns: number[] = [];
    const rawExportRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      await openSync(page);
      await settle('the export');
      const run = await exportThroughUi(page);
      exportRuns.push(run.ms);
      seenRuns.push(run.seenMs);
      await settle('its raw baseline');
      rawExportRuns.push((await rawRead(page, syncedStores, true)).ms);
    }
    figure({
      name: 'export',
      label: 'Export everything (file built and handed to the browser)',
      ms: median(exportRuns),
      detail:
        `runs ${exportRuns.join(', ')} ms; baseline ${rawExportRuns.map(Math.round).join(', ')} ms;` +
        ` until Playwright saw the download ${seenRuns.join(', ')} ms`,
      baselineLabel: 'raw getAll of every store + JSON.stringify',
      baselineMs: median(rawExportRuns),
      target: 1.3,
    });
  }

  // 5. Home's figures vs a raw read of what it reads. A screen that blocks the page for minutes
  // would hang the run, so each wait has a limit kept from outside the page, and a fresh page
  // (same profile, same database) carries on after one that timed out.
  if (want('dashboard')) {
    log('dashboard');
    const homeRuns: number[] = [];
    const homeRaw: number[] = [];
    let homeError: string | undefined;
    for (let i = 0; i < 3 && homeError === undefined; i++) {
      // A fresh page each run: the tab's copy of the ledger outlives Home for a few minutes and
      // would answer at once, and this row is about reading the ledger.
      await page.goto(`${base}#/sync`);
      // Only the hash differed, so goto stayed in the document: load it afresh.
      await page.reload();
      await page.evaluate(helperCode);
      await openSync(page);
      await settle("Home's figures");
      try {
        homeRuns.push(
          await withTimeout(
            page.evaluate(() =>
              window.__until('[data-testid="home-owed"]', () => (location.hash = '#/'), 600_000),
            ),
            HOME_LIMIT_MS,
          ),
        );
      } catch (error) {
        homeError = error instanceof Error ? error.message : String(error);
        page = await relaunch();
      }
      await settle('their raw baseline');
      homeRaw.push(
        (
          await rawRead(
            page,
            ['parties', 'jobs', 'payments', 'contacts', 'worksheets', 'settings'],
            false,
          )
        ).ms,
      );
      // One slow run says enough; three make a median when they are quick.
      if ((homeRuns[0] ?? 0) > 20_000) break;
    }
    // Back to Home while the copy lingers: what an owner sees after recording a payment.
    let again: number | undefined;
    if (homeError === undefined) {
      await openSync(page);
      again = await page.evaluate(() =>
        window.__until('[data-testid="home-owed"]', () => (location.hash = '#/'), 600_000),
      );
    }
    figure({
      name: 'dashboard',
      label: "Home's figures shown, from navigation",
      ...(homeRuns.length ? { ms: median(homeRuns) } : {}),
      ...(homeError ? { error: homeError } : {}),
      detail:
        `runs ${homeRuns.map((m) => Math.round(m)).join(', ')} ms, each reading the ledger` +
        (again === undefined ? '' : `; back to Home with the copy kept: ${Math.round(again)} ms`),
      baselineLabel: 'raw getAll of the tables Home reads',
      baselineMs: median(homeRaw),
      target: 2,
    });
  }

  // 5b. One payment recorded with Home open, from a second page of the same browser (another tab:
  // Home hears of it as Dexie's cross-tab message), until Home's "owed now" shows the new figure;
  // beside one raw put of that record. Home and its dashboard are open and settled first.
  if (want('follow')) {
    log('one payment with Home open');
    const followMs: number[] = [];
    const saveMs: number[] = [];
    const putMs: number[] = [];
    const longest: number[] = [];
    let longTasks = 0;
    let followError: string | undefined;
    const RUNS = 5;
    try {
      await page.evaluate(() => (location.hash = '#/'));
      await page.locator('[data-testid="home-owed"]').waitFor({ timeout: HOME_LIMIT_MS });
      await page.locator('#goodwill-heading').waitFor({ timeout: HOME_LIMIT_MS });
      const other = await context.newPage();
      await other.goto(`${base}#/sync`);
      await other.getByRole('heading', { level: 1 }).first().waitFor({ timeout: MINUTE });
      await other.evaluate(helperCode);
      const payment = await other.evaluate(
        ({ clientId, runs }) => window.GLBench.pickPaymentJob(clientId, runs),
        { clientId: stressInfo.bigClientId, runs: RUNS },
      );
      for (let i = 0; i < RUNS; i++) {
        // Home settled: nothing of the previous write still being worked through.
        await settle('a payment');
        await page.evaluate(() => {
          const owed = () => document.querySelector('[data-testid="home-owed"]')?.textContent;
          const before = owed();
          window.__since = performance.now();
          window.__shown = new Promise((resolve) => {
            const observer = new MutationObserver(() => {
              if (owed() === before) return;
              observer.disconnect();
              resolve(performance.timeOrigin + performance.now());
            });
            observer.observe(document, { childList: true, subtree: true, characterData: true });
          });
        });
        const write = await other.evaluate((w) => window.GLBench.recordPayment(w), payment);
        const shownAt = await withTimeout(
          page.evaluate(() => window.__shown),
          HOME_LIMIT_MS,
        );
        followMs.push(shownAt - write.startedAt);
        saveMs.push(write.savedAt - write.startedAt);
        // A long task is logged once it has ended: look a moment after.
        await page.waitForTimeout(300);
        const tasks = await page.evaluate(() =>
          window.__longTasks.filter((t) => t.start >= window.__since).map((t) => t.ms),
        );
        longTasks += tasks.length;
        longest.push(Math.max(0, ...tasks));
        putMs.push(await other.evaluate((id) => window.GLBench.rawPutPayment(id), write.id));
      }
      await other.close();
    } catch (error) {
      followError = error instanceof Error ? error.message : String(error);
      page = await relaunch();
    }
    figure({
      name: 'follow',
      label: 'One payment recorded with Home open (from another tab), until Home shows it',
      ...(followMs.length ? { ms: median(followMs) } : {}),
      ...(followError ? { error: followError } : {}),
      detail:
        `runs ${followMs.map((m) => Math.round(m)).join(', ')} ms; the write itself ` +
        `${Math.round(saveMs.length ? median(saveMs) : 0)} ms; ${longTasks} long tasks on ` +
        `Home's page (longest ${Math.round(Math.max(0, ...longest))} ms)`,
      baselineLabel: 'raw IndexedDB put of that one record',
      ...(putMs.length ? { baselineMs: median(putMs) } : {}),
      limitMs: 100,
    });
  }

  // 6. Worksheet facts for the client with the most jobs: read by index as the screen does, and
  // over the whole ledger for comparison.
  if (want('facts')) {
    log('worksheet facts');
    const facts = await page.evaluate(
      async ({ clientId, asOf }) => {
        const req = <T>(r: IDBRequest<T>) =>
          new Promise<T>((resolve, reject) => {
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error);
          });
        const db = await req(indexedDB.open('goodwill-ledger'));
        const tx = db.transaction(['parties', 'jobs', 'payments', 'contacts'], 'readonly');
        const get = <T>(n: string) => req(tx.objectStore(n).getAll()) as Promise<T[]>;
        type Ledger = Parameters<Window['GLBench']['timeFacts']>[0];
        const [parties, jobs, payments, contacts] = await Promise.all([
          get<Ledger['parties'][number]>('parties'),
          get<Ledger['jobs'][number]>('jobs'),
          get<Ledger['payments'][number]>('payments'),
          get<Ledger['contacts'][number]>('contacts'),
        ]);
        db.close();
        const live = <T extends { deletedAt: string | null }>(rows: T[]) =>
          rows.filter((r) => r.deletedAt === null);
        // The stress set has no credits, write-offs, disputes or promises.
        const ledger = {
          parties: live(parties),
          jobs: live(jobs),
          payments: live(payments),
          credits: [],
          writeOffs: [],
          disputes: [],
          promises: [],
          contacts: live(contacts),
        };
        return window.GLBench.timeFacts(ledger, clientId, asOf, 5);
      },
      { clientId: stressInfo.bigClientId, asOf },
    );
    figure({
      name: 'facts',
      label: `Worksheet facts, client with ${facts.clientJobs} jobs, over their records as the screen reads them (slowest template)`,
      ms: Math.max(...facts.timings.map((t) => t.ms)),
      detail:
        facts.timings.map((t) => `${t.templateId} ${t.ms.toFixed(1)} ms`).join(', ') +
        (facts.timings.every((t) => t.same)
          ? '; same facts as over the whole ledger'
          : '; FACTS DIFFER'),
      limitMs: 50,
    });
    figure({
      name: 'facts-whole',
      label: `Worksheet facts, same client, over the whole ledger in memory (slowest template)`,
      ms: Math.max(...facts.timings.map((t) => t.wholeMs)),
      detail: facts.timings.map((t) => `${t.templateId} ${t.wholeMs.toFixed(1)} ms`).join(', '),
    });
    figure({
      name: 'facts-read',
      label: `Reading that client's records by index, before the facts (partyLedger)`,
      ms: facts.readMs,
    });
  }

  // 7. Lists at full size.
  if (want('lists')) {
    const lists = [
      { name: 'clients', hash: '#/people', rows: 'main a[href^="#/people/"]:not([href*="new"])' },
      { name: 'jobs', hash: '#/jobs', rows: 'main a[href^="#/jobs/"]:not([href*="new"])' },
    ];
    for (const { name, hash, rows } of lists) {
      log(`${name} list`);
      let list: Awaited<ReturnType<typeof listFigures>>;
      try {
        list = await withTimeout(listFigures(page, hash, rows), HOME_LIMIT_MS);
      } catch (error) {
        list = { hash, error: error instanceof Error ? error.message : String(error) };
        page = await relaunch();
      }
      const total = name === 'jobs' ? stressInfo.counts.jobs : stressInfo.counts.parties;
      figure({
        name: `list-${name}`,
        label: `${name === 'jobs' ? 'Job' : 'Client'} list, ${total} records: open and scroll to the end`,
        ...list,
      });
    }
  }

  // 8. Cold start, offline, server stopped.
  if (want('cold-start')) await coldStartOffline();
} finally {
  if (context) await context.close().catch(() => {});
  stopServer();
  rmSync(profile, { recursive: true, force: true });
}

// --- The table --------------------------------------------------------------------------------

const s = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const rows = results.figures.map((f): string[] => {
  if (f.bytes !== undefined && f.baselineBytes !== undefined) {
    const ratio = f.bytes / f.baselineBytes;
    return [
      f.label,
      mb(f.bytes),
      `${f.baselineLabel}: ${mb(f.baselineBytes)}`,
      `${ratio.toFixed(1)}×`,
      'report',
      '',
    ];
  }
  if (f.name.startsWith('list-')) {
    const want = 'rows rendered ≪ records, DOM constant, no long task > 50 ms';
    if (f.error || f.domAtOpen === undefined) {
      return [f.label, 'not shown', '', '', want, `✗ ${f.error ?? ''}`];
    }
    const { domAtOpen, domMin = 0, domMax = 0, rowsAtOpen = 0, longTasks = 0 } = f;
    // A virtualized list keeps about a screenful of rows whatever the scroll position.
    const constant = rowsAtOpen < 200 && domMax <= domAtOpen * 1.5 + 50;
    const met = Boolean(f.scrolled) && constant && longTasks === 0;
    return [
      f.label,
      `open ${s(f.openMs ?? 0)}; ${rowsAtOpen} rows; DOM ${domMin}–${domMax} nodes while scrolling; ` +
        `${longTasks} long tasks (longest ${Math.round(f.longestTaskMs ?? 0)} ms)`,
      '',
      '',
      want,
      met ? '✓' : '✗',
    ];
  }
  if (f.ms === undefined) {
    const want = f.target ? `≤ ${f.target}×` : f.limitMs ? `≤ ${f.limitMs} ms` : 'report';
    return [f.label, f.error ?? 'not measured', '', '', want, want === 'report' ? '' : '✗'];
  }
  const ms = f.ms;
  if (f.limitMs !== undefined) {
    const baseline = f.baselineMs;
    return [
      f.label,
      s(ms),
      baseline === undefined ? '' : `${f.baselineLabel}: ${s(baseline)}`,
      baseline === undefined ? '' : `${(ms / baseline).toFixed(1)}×`,
      `≤ ${f.limitMs} ms`,
      ms <= f.limitMs ? '✓' : '✗',
    ];
  }
  if (f.baselineMs === undefined) return [f.label, s(ms), '', '', 'report', ''];
  const ratio = ms / f.baselineMs;
  f.ratio = ratio;
  return [
    f.label,
    s(ms),
    `${f.baselineLabel}: ${s(f.baselineMs)}`,
    `${ratio.toFixed(2)}×`,
    f.target ? `≤ ${f.target}×` : 'report',
    f.target ? (ratio <= f.target ? '✓' : '✗') : '',
  ];
});
const header = ['figure', 'measured', 'baseline (same run)', 'ratio', 'target', 'met'];
const table = [header, header.map(() => '---'), ...rows]
  .map((r) => `| ${r.join(' | ')} |`)
  .join('\n');
results.table = table;
writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
console.log(
  `\nStress set at scale ${scale}: ${results.records} records, ${mb(fileBytes)} file; ${results.browser}\n`,
);
console.log(table);
if (results.phases) {
  const phases = results.phases as Record<string, number>;
  console.log(
    `\nImport steps: ${Object.entries(phases)
      .map(([step, ms]) => `${step} ${s(ms)}`)
      .join(', ')}`,
  );
}
console.log(`\nWritten to ${values.out}`);
