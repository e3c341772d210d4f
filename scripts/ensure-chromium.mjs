#!/usr/bin/env node
// Makes sure a Chromium is there for the browser tests: Debian's package when we can install it,
// otherwise a clear message that says how to get one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
  console.log(`No Chromium at ${path}: installing Debian's chromium package…`);
  try {
    execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
  } catch {
    /* reported below */
  }
  if (existsSync(path)) process.exit(0);
}

console.error(
  [
    `The browser tests need Chromium, and none was found at ${path}.`,
    'Install it, then run the tests again:',
    '  Debian/Ubuntu:  sudo apt-get install -y chromium',
    '  elsewhere:      npx playwright install chromium, then set CHROMIUM_PATH to its executable',
    'Or point CHROMIUM_PATH at any Chromium or Chrome you already have.',
  ].join('\n'),
);
process.exit(1);
