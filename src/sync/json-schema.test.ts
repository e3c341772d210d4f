import { expect, test } from 'vitest';
import committed from '../../docs/export-format.schema.json?raw';
import { exportJsonSchema } from './json-schema';

test('the committed JSON Schema matches the zod schemas (run `node scripts/export-format-schema.mjs` after changing them)', () => {
  // Compared as data, so reformatting the file does not count as a change.
  expect(JSON.parse(committed)).toEqual(JSON.parse(JSON.stringify(exportJsonSchema())));
});
