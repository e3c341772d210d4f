#!/usr/bin/env node
// npm run lighthouse [-- --port 4405] [--dist dist] [--out lighthouse-results.json] [--report FILE]
//
// Lighthouse (mobile preset: its default form factor, throttling and screen) on the production
// build served by `vite preview`, in Debian's Chromium. Prints the four category scores and the
// audits that cost points; writes the summary to a JSON file (and Lighthouse's whole JSON report
// to --report, to look into an audit's details).
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
  },
});
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

/** @type {any} Lighthouse's JSON result (its types are not exported for this use). */
let report;
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
  if (run.status !== 0) throw new Error(`lighthouse exited with ${run.status}`);
  report = JSON.parse(run.stdout);
  if (values.report) writeFileSync(values.report, run.stdout);
} finally {
  stop();
}

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
  [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ].map((id) => [id, report.audits[id]?.displayValue ?? '']),
);

console.log(`Lighthouse ${report.lighthouseVersion}, ${report.configSettings.formFactor}, ${url}`);
console.log(`| category | score |\n| --- | --- |`);
for (const id of categories) console.log(`| ${id} | ${scores[id]} |`);
console.log(
  '\nMetrics:',
  Object.entries(metrics)
    .map(([k, v]) => `${k} ${v}`)
    .join(', '),
);
if (lost.length) {
  console.log('\nAudits that cost points:');
  for (const a of lost) console.log(`  [${a.category}] ${a.title} (${a.id}) ${a.value}`);
}
/** What moved, when layout shifts cost points: the elements Lighthouse names. */
const shifts = /** @type {{ node?: { snippet?: string }, score?: number }[]} */ (
  report.audits['layout-shifts']?.details?.items ?? []
).map((item) => `${item.node?.snippet ?? '?'} (${(item.score ?? 0).toFixed(3)})`);
if (shifts.length) console.log(`\nLayout shifts: ${shifts.join('; ')}`);
writeFileSync(
  values.out,
  `${JSON.stringify({ when: report.fetchTime, version: report.lighthouseVersion, formFactor: report.configSettings.formFactor, scores, metrics, lost, shifts }, null, 2)}\n`,
);
console.log(`\nWritten to ${values.out}`);
