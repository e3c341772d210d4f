/**
 * Issue 15: each template's specifics live in its folder, and the rest of the app works through
 * the registry. So outside the folders no source names a template id, but for the stored enum, the
 * frozen v1 sync types, the demo data that builds sample worksheets, and tests and their helpers.
 */
import { describe, expect, it } from 'vitest';
import { worksheetTemplateIds } from '../records';

/** Every source file under src, keyed by its path from src (read as text by Vite). */
const texts = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../../**/*.{ts,svelte}', {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([path, text]) => [
    new URL(path, 'file:///src/domain/worksheets/').pathname.slice(5),
    text,
  ]),
);

const allowed = [
  /^domain\/worksheets\/templates\//,
  /^domain\/records\/worksheet\.ts$/,
  /^sync\/v1\//,
  /^domain\/demo\//,
  /\.test\.ts$/,
  /(^|\/)test-[\w-]+\.ts$/,
];

function sources(): string[] {
  return Object.keys(texts).filter((f) => !allowed.some((pattern) => pattern.test(f)));
}

describe('template ids', () => {
  it('are named only in the template folders, the stored enum, v1 sync, demo data and tests', () => {
    const named = sources().flatMap((file) => {
      return worksheetTemplateIds
        .filter((id) => texts[file]!.includes(id))
        .map((id) => `${file}: ${id}`);
    });
    expect(named).toEqual([]);
  });

  it('the check reads the screens (so an empty result means something)', () => {
    const files = sources();
    expect(files).toContain('features/worksheets/DecisionStep.svelte');
    expect(files).toContain('domain/worksheets/needs-decision.ts');
    expect(files).toContain('state/worksheets.svelte.ts');
  });
});
