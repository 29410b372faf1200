import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import importX from 'eslint-plugin-import-x';
import svelteConfig from './svelte.config.js';

/**
 * The folders of the app, lowest first. A folder may import only from folders listed before it
 * (ARCHITECTURE.md draws the same order): vocabulary sinks to the bottom, the page sits on top,
 * and a cycle between folders cannot be written. Same-level folders do not import each other.
 * src/App.svelte and src/main.ts sit above them all and may import any folder.
 */
const LAYERS = [
  ['domain'],
  ['i18n'],
  ['data', 'scales'],
  ['layers'],
  ['map', 'timeline', 'search', 'compare', 'export'],
  ['state'],
  ['ui'],
];
const below = (level) => LAYERS.slice(0, level).flat();
const layerPolicies = LAYERS.flatMap((types, level) =>
  types.map((type) => ({
    from: { element: { type } },
    allow: { to: { element: { types: { anyOf: below(level) } } } },
  })),
);

export default ts.config(
  { ignores: ['dist', 'node_modules', 'public', 'coverage', 'shots', 'bench/results'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    // Also for plain .ts files: import-x parses the .svelte files they import with these options.
    files: ['**/*.svelte', '**/*.ts'],
    languageOptions: {
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig },
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.js', '.svelte'] } },
      'import-x/resolver': { node: { extensions: ['.ts', '.js', '.svelte'] } },
      'import-x/extensions': ['.ts', '.js', '.svelte'],
      'import-x/ignore': ['node_modules'],
      // Dependencies are parsed by their own kind's parser, not by the importing file's.
      'import-x/parsers': {
        '@typescript-eslint/parser': ['.ts', '.js'],
        'svelte-eslint-parser': ['.svelte'],
      },
      'boundaries/elements': [
        ...LAYERS.flat().map((type) => ({ type, pattern: `src/lib/${type}` })),
        { type: 'pipeline', pattern: 'src/pipeline' },
        // Any other folder of src/lib: nothing may import it until it takes a place in LAYERS.
        { type: 'unplaced', pattern: 'src/lib/*' },
      ],
    },
    rules: {
      // Boundaries rule out cycles between folders; this rules them out inside one.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            // Imports inside one folder are that folder's business.
            { allow: { dependency: { relationship: { to: 'internal' } } } },
            ...layerPolicies,
            // The dataset build shares only the schema and its vocabulary with the app.
            {
              from: { element: { type: 'pipeline' } },
              allow: { to: { element: { type: 'domain' } } },
            },
          ],
        },
      ],
    },
  },
  {
    // The browser validates with zod/mini: classic zod would put its whole method surface (~87 KB)
    // back into the first view. The dataset build (src/pipeline) runs in node and may use it.
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    ignores: ['src/pipeline/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        ...['zod', 'zod/v4', 'zod/v4/classic', 'zod/v3'].map((name) => ({
          name,
          message: 'Browser code uses zod/mini; classic zod is for src/pipeline only.',
        })),
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
