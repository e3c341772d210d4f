#!/usr/bin/env node
// Writes docs/export-format.schema.json from the zod schemas in src/sync/format.ts, formatted as
// Prettier would. src/sync/json-schema.test.ts fails until this has been run after a format change.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { runnerImport } from 'vite';

const target = fileURLToPath(new URL('../docs/export-format.schema.json', import.meta.url));
const { module } = await runnerImport('./src/sync/json-schema.ts', {
  configFile: false,
  logLevel: 'error',
});
const options = (await prettier.resolveConfig(target)) ?? {};
writeFileSync(
  target,
  await prettier.format(module.exportJsonSchemaText(), { ...options, filepath: target }),
);
console.log(`Wrote ${target}`);
