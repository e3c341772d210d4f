#!/usr/bin/env node
// npm run lighthouse [-- --runs 3] [--port 4405] [--dist dist] [--out lighthouse-results.json]
//                    [--report FILE]
//
// Lighthouse (mobile preset: its default form factor, throttling and screen) on the production
// build served by `vite preview`, in Debian's Chromium, several times (scores move by a few points
// from run to run, so the median of three is the figure that counts). Prints each run's four
// category scores and the median per category, and the audits that cost points; writes every run
// and the medians to a JSON file (and each run's whole Lighthouse report to --report, numbered
// when there are several runs, to look into an audit's details).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.LIGHTHOUSE_PORT ?? '4405' },
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'lighthouse-results.json' },
    report: { type: 'string' },
    runs: { type: 'string', default: '3' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs wants a whole number, not ${values.runs}`);
const dist = resolve(values.dist);
const url = `http://127.0.0.1:${values.port}/`;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build in ${dist}: building`);
  const built = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], {
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--port',
    values.port,
    '--strictPort',
    '--host',
    '127.0.0.1',
    '--outDir',
    dist,
  ],
  { stdio: ['ignore', 'ignore', 'inherit'], detached: true },
);
const stop = () => {
  try {
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};

/** The report file of run `i` (1-based): FILE itself for a single run, else FILE-i.json. */
const reportPath = (/** @type {string} */ file, /** @type {number} */ i) =>
  runs === 1 ? file : file.replace(/(\.json)?$/, `-${i}.json`);

/** @type {any[]} Lighthouse's JSON results (its types are not exported for this use). */
const reports = [];
try {
  let up = false;
  for (let i = 0; i < 120 && !up; i++) {
    up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (!up) await new Promise((r) => setTimeout(r, 500));
  }
  if (!up) throw new Error(`vite preview did not answer on ${url}`);

  for (let i = 1; i <= runs; i++) {
    const run = spawnSync(
      'npx',
      [
        'lighthouse',
        url,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        `--only-categories=${categories.join(',')}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    if (run.status !== 0) throw new Error(`lighthouse run ${i} exited with ${run.status}`);
    reports.push(JSON.parse(run.stdout));
    if (values.report) writeFileSync(reportPath(values.report, i), run.stdout);
  }
} finally {
  stop();
}

const metricIds = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** One run's scores, metrics, the audits that cost points and what moved. */
function summary(/** @type {any} */ report) {
  const scores = Object.fromEntries(
    categories.map((id) => [id, Math.round((report.categories[id]?.score ?? 0) * 100)]),
  );
  /** Audits that count towards a category's score and did not get full marks. */
  const lost = categories.flatMap((id) =>
    /** @type {{ id: string, weight: number }[]} */ (report.categories[id].auditRefs)
      .filter((ref) => ref.weight > 0)
      .map(
        (ref) =>
          /** @type {{ id: string, title: string, score: number | null, displayValue?: string }} */ (
            report.audits[ref.id]
          ),
      )
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => ({
        category: id,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        value: audit.displayValue ?? '',
      })),
  );
  const metrics = Object.fromEntries(
    metricIds.map((id) => [id, report.audits[id]?.displayValue ?? '']),
  );
  /** What moved, when layout shifts cost points: the elements Lighthouse names. */
  const shifts = /** @type {{ node?: { snippet?: string }, score?: number }[]} */ (
    report.audits['layout-shifts']?.details?.items ?? []
  ).map((item) => `${item.node?.snippet ?? '?'} (${(item.score ?? 0).toFixed(3)})`);
  return { when: report.fetchTime, scores, metrics, lost, shifts };
}

const all = reports.map(summary);
/** The middle value (the lower middle of an even count, so it is always a score some run got). */
const median = (/** @type {number[]} */ xs) =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const medians = Object.fromEntries(
  categories.map((id) => [id, median(all.map((run) => run.scores[id] ?? 0))]),
);

const first = reports[0];
console.log(`Lighthouse ${first.lighthouseVersion}, ${first.configSettings.formFactor}, ${url}`);
console.log(
  `| category | ${all.map((_, i) => `run ${i + 1}`).join(' | ')} | median |\n` +
    `| --- | ${all.map(() => '---').join(' | ')} | --- |`,
);
for (const id of categories) {
  console.log(`| ${id} | ${all.map((run) => run.scores[id]).join(' | ')} | ${medians[id]} |`);
}
all.forEach((run, i) => {
  console.log(
    `\nRun ${i + 1} metrics:`,
    Object.entries(run.metrics)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
  );
  if (run.lost.length) {
    console.log('Audits that cost points:');
    for (const a of run.lost) console.log(`  [${a.category}] ${a.title} (${a.id}) ${a.value}`);
  }
  if (run.shifts.length) console.log(`Layout shifts: ${run.shifts.join('; ')}`);
});
writeFileSync(
  values.out,
  `${JSON.stringify({ version: first.lighthouseVersion, formFactor: first.configSettings.formFactor, url, medians, runs: all }, null, 2)}\n`,
);
console.log(`\nMedian of ${runs}: ${categories.map((id) => medians[id]).join(' / ')}`);
console.log(`Written to ${values.out}`);
