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

/**
 * Each layer's bans, from the two tables above: one regex per banned module and its message. Both
 * rules below are built from this list, so `import x from` and `import()` are refused alike.
 */
function bansOf(layer) {
  const ok = allowed[layer];
  const banned = layers.filter((l) => l !== layer && !ok.includes(l));
  const layerBan = banned.length
    ? [
        {
          regex: `^(\\.\\./)+(${banned.join('|')})(/|$)`,
          message: `src/${layer} may import only: ${ok.join(', ') || 'itself'} (see docs/architecture.md).`,
        },
      ]
    : [];
  const external = (externalBans[layer] ?? []).map((name) => ({
    regex: name.endsWith('/*') ? `^${escapeRegex(name.slice(0, -1))}` : `^${escapeRegex(name)}$`,
    message: `src/${layer} must not depend on ${name}.`,
  }));
  return [...layerBan, ...external];
}

function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `import()` is not an import declaration, so no-restricted-imports never sees it: a selector
 * matches its source instead (a string, or a template's first part). esquery ends a regex at the
 * first `/`, so the slashes in the pattern are written as `\x2F`.
 */
function dynamicImportBans(bans) {
  return bans.flatMap(({ regex, message }) => {
    const pattern = regex.replaceAll('/', '\\x2F');
    return [
      { selector: `ImportExpression > Literal.source[value=/${pattern}/]`, message },
      {
        selector: `ImportExpression > TemplateLiteral.source > TemplateElement:first-child[value.cooked=/${pattern}/]`,
        message,
      },
    ];
  });
}

const layerRules = Object.keys(allowed).map((layer) => {
  const bans = bansOf(layer);
  return {
    files: [`src/${layer}/**/*.{ts,svelte}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: bans }],
      'no-restricted-syntax': ['error', ...dynamicImportBans(bans)],
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
