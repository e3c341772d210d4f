#!/usr/bin/env node
// Writes a generated ledger as an export file the app can import.
//
//   npm run generate -- demo --seed 1 --out demo.json
//   npm run generate -- stress --seed 1 [--scale 0.1] --out stress.json \
//       [--passphrase "words" --encrypted-out stress-encrypted.json]
//
// Options: --as-of YYYY-MM-DD (the data's "today"; fixed by default so the seed alone decides the
// bytes), --currency USD. See docs/benchmarks.md.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const usage = `usage: npm run generate -- <demo|stress> --out FILE [--seed N] [--scale X]
       [--as-of YYYY-MM-DD] [--currency USD] [--passphrase P --encrypted-out FILE]`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seed: { type: 'string', default: '1' },
    scale: { type: 'string', default: '1' },
    out: { type: 'string' },
    'as-of': { type: 'string' },
    currency: { type: 'string', default: 'USD' },
    passphrase: { type: 'string' },
    'encrypted-out': { type: 'string' },
  },
});

const kind = positionals[0];
const seed = Number(values.seed);
const scale = Number(values.scale);
const out = values.out;
if (
  (kind !== 'demo' && kind !== 'stress') ||
  !out ||
  !Number.isInteger(seed) ||
  !(scale > 0) ||
  Boolean(values.passphrase) !== Boolean(values['encrypted-out'])
) {
  console.error(usage);
  process.exit(2);
}

const { module } = await runnerImport('./scripts/generate-data.ts', {
  configFile: false,
  logLevel: 'error',
});
const options = { seed, scale, currency: values.currency, asOf: values['as-of'] };
const started = performance.now();
const file = kind === 'demo' ? module.demoFile(options) : module.stressFile(options);
writeFileSync(out, file.text);
/** @param {string} text */
const mb = (text) => (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
const { MAX_FILE_BYTES } = module;
// Base64 makes an encrypted file a third larger than its plaintext: say so when that passes the
// import's limit rather than leave a file the app would refuse.
/** @param {string} text */
const warnIfTooLarge = (text) => {
  if (Buffer.byteLength(text) > MAX_FILE_BYTES) {
    console.warn(
      `Warning: ${mb(text)} MB is over the import's limit of ${MAX_FILE_BYTES / 1048576} MB; ` +
        'the app will refuse this file.',
    );
  }
};
warnIfTooLarge(file.text);
console.log(
  `Wrote ${out}: ${file.records} records, ${mb(file.text)} MB, ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
);
if (values.passphrase) {
  const encrypted = await module.encryptFile(file, values.passphrase);
  writeFileSync(/** @type {string} */ (values['encrypted-out']), encrypted);
  console.log(`Wrote ${values['encrypted-out']}: encrypted, ${mb(encrypted)} MB`);
  warnIfTooLarge(encrypted);
}
