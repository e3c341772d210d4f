/**
 * The layer rule of eslint.config.js, run through ESLint itself: an import of a layer the folder
 * may not use is refused whether it is a declaration or an `import()`.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint();
});

/** The messages ESLint gives `code` as if it were the file at `filePath`. */
async function lint(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

const refusal = 'src/domain may import only: itself (see docs/architecture.md).';

// Loading the config brings typescript-eslint and the Svelte plugin: seconds on a busy machine.
describe('the layer rule', { timeout: 60_000 }, () => {
  test('refuses a static import of the database from the domain', async () => {
    expect(
      await lint("import { db } from '../db';\nexport const x = db;\n", 'src/domain/x.ts'),
    ).toEqual([
      `no-restricted-imports: '../db' import is restricted from being used by a pattern. ${refusal}`,
    ]);
  });

  test('refuses a dynamic import of the database from the domain, as a string or a template', async () => {
    expect(await lint("export const x = import('../db/write');\n", 'src/domain/x.ts')).toEqual([
      `no-restricted-syntax: ${refusal}`,
    ]);
    expect(await lint('export const x = import(`../../db`);\n', 'src/domain/records/x.ts')).toEqual(
      [`no-restricted-syntax: ${refusal}`],
    );
  });

  test('refuses a banned package, imported either way', async () => {
    expect(
      await lint("import Dexie from 'dexie';\nexport const x = Dexie;\n", 'src/domain/x.ts'),
    ).toEqual([
      "no-restricted-imports: 'dexie' import is restricted from being used by a pattern. src/domain must not depend on dexie.",
    ]);
    expect(await lint("export const x = import('dexie');\n", 'src/domain/x.ts')).toEqual([
      'no-restricted-syntax: src/domain must not depend on dexie.',
    ]);
    expect(await lint("export const x = import('svelte/store');\n", 'src/db/x.ts')).toEqual([
      'no-restricted-syntax: src/db must not depend on svelte/*.',
    ]);
  });

  test('accepts the imports a layer is allowed, static and dynamic', async () => {
    const code = "import { db } from '../db';\nexport const x = [db, import('../domain/dates')];\n";
    expect(await lint(code, 'src/sync/x.ts')).toEqual([]);
    expect(await lint("export const x = import('./money');\n", 'src/domain/x.ts')).toEqual([]);
  });
});
