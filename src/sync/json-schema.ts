/**
 * The JSON Schema of the export file, generated from the zod schemas the reader uses, so the
 * documentation cannot say one thing while the code checks another. docs/export-format.schema.json
 * is this, committed; json-schema.test.ts fails when they drift apart, and
 * `node scripts/export-format-schema.mjs` writes it afresh.
 */
import { z } from 'zod';
import { daySchema } from '../domain/date-schemas';
import { DAY_PATTERN } from '../domain/dates';
import { exportFileSchema } from './format';

export function exportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(exportFileSchema, {
    target: 'draft-2020-12',
    // Calendar days are checked by a refinement, which JSON Schema cannot express: say it plainly.
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema === daySchema) {
        ctx.jsonSchema.type = 'string';
        ctx.jsonSchema.format = 'date';
        ctx.jsonSchema.pattern = DAY_PATTERN.source;
      }
    },
  });
  return {
    ...schema,
    title: 'Goodwill Ledger export file',
    description:
      'Every record of every synced table, tombstones included, in a versioned envelope; or the same envelope encrypted with a passphrase. Written as UTF-8 without a byte-order mark; read as UTF-8 (a byte-order mark allowed) or as UTF-16 with a byte-order mark. See docs/export-format.md.',
  };
}

export function exportJsonSchemaText(): string {
  return `${JSON.stringify(exportJsonSchema(), null, 2)}\n`;
}
