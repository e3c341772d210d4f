import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/**
 * The layers of docs/architecture.md: each folder may import only the layers listed for it.
 * A wrong import fails `npm run lint`.
 */
const layers = ['app', 'features', 'state', 'charts', 'ui', 'pwa', 'i18n', 'sync', 'db', 'domain'];
const allowed = {
  domain: [],
  db: ['domain'],
  sync: ['db', 'domain'],
  i18n: ['domain'],
  pwa: ['db', 'i18n', 'domain'],
  ui: [],
  charts: ['ui', 'i18n', 'domain'],
  state: ['sync', 'db', 'i18n', 'pwa', 'domain'],
  features: ['features', 'state', 'charts', 'ui', 'pwa', 'i18n', 'domain'],
  app: layers,
};
const externalBans = {
  domain: ['dexie', 'svelte', 'svelte/*', 'chart.js', 'chart.js/*', 'workbox-window'],
  db: ['svelte', 'svelte/*', 'chart.js', 'chart.js/*'],
  ui: ['dexie'],
  features: ['dexie'],
  charts: ['dexie'],
};

const layerRules = Object.entries(allowed).map(([layer, ok]) => {
  const banned = layers.filter((l) => l !== layer && !ok.includes(l));
  return {
    files: [`src/${layer}/**/*.{ts,svelte}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: (externalBans[layer] ?? [])
            .filter((p) => !p.endsWith('/*'))
            .map((name) => ({ name, message: `src/${layer} must not depend on ${name}.` })),
          patterns: [
            ...(banned.length
              ? [
                  {
                    regex: `^(\\.\\./)+(${banned.join('|')})(/|$)`,
                    message: `src/${layer} may import only: ${ok.join(', ') || 'itself'} (see docs/architecture.md).`,
                  },
                ]
              : []),
            ...(externalBans[layer] ?? [])
              .filter((p) => p.endsWith('/*'))
              .map((group) => ({
                group: [group],
                message: `src/${layer} must not depend on ${group}.`,
              })),
          ],
        },
      ],
    },
  };
});

export default ts.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'dev-dist'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layerRules,
);
