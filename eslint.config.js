// ESLint flat config: typescript-eslint strict type-checked (project service), Lit and
// web-component rules, and the DOM-free / determinism rules of @toile/core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const coreForbiddenImports = {
  paths: [
    { name: 'lit', message: '@toile/core is DOM-free: no Lit here.' },
    { name: 'idb-keyval', message: '@toile/core is DOM-free: storage lives in @toile/storage.' },
    { name: '@toile/storage', message: '@toile/core must not depend on other Toile packages.' },
    { name: '@toile/elements', message: '@toile/core must not depend on other Toile packages.' },
    { name: 'd3', message: 'Import d3 by module (d3-shape, d3-force, ...), never the d3 bundle.' },
  ],
  patterns: [
    {
      group: ['lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'],
      message: '@toile/core is DOM-free: no Lit here.',
    },
    {
      group: ['idb-keyval/*', '@toile/storage/*', '@toile/elements/*'],
      message: '@toile/core must stay DOM-free and independent.',
    },
    {
      group: ['d3-selection', 'd3-selection/*', 'd3-transition', 'd3-zoom', 'd3-drag', 'd3-brush'],
      message: 'DOM-bound d3 modules belong in @toile/elements.',
    },
  ],
};

const domGlobal = (name) => ({ name, message: `@toile/core is DOM-free: no \`${name}\`.` });

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-standalone/**',
      'demo/dist-single/**',
      '**/coverage/**',
      'test/.results/**',
      'docs/.vitepress/cache/**',
      'docs/.vitepress/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          allowNumber: true,
          allowBoolean: true,
          allowNullish: false,
          allowAny: false,
          allowRegExp: false,
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Lit renders `nothing`/templates from class fields; keep invalid-void off the templates' way.
      '@typescript-eslint/no-invalid-void-type': ['error', { allowAsThisParameter: true }],
    },
  },
  {
    files: [
      'packages/elements/**/*.ts',
      'test/**/*.ts',
      'demo/**/*.ts',
      'packages/*/src/**/*.test.ts',
    ],
    ...lit.configs['flat/recommended'],
  },
  {
    files: [
      'packages/elements/**/*.ts',
      'test/**/*.ts',
      'demo/**/*.ts',
      'packages/*/src/**/*.test.ts',
    ],
    ...wc.configs['flat/recommended'],
  },
  {
    files: [
      'packages/elements/**/*.ts',
      'test/**/*.ts',
      'demo/**/*.ts',
      'packages/*/src/**/*.test.ts',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // chai's `expect(x).to.be.true` is an expression statement.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // @open-wc/semantic-dom-diff types every chai `equal` as Promise<Assertion> (for the DOM
      // diff); plain equals are sync, while `accessible()` etc. must still be awaited.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: ['Equal'], package: '@types/chai' }] },
      ],
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', coreForbiddenImports],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'location',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'customElements',
          'HTMLElement',
          'requestAnimationFrame',
        ].map(domGlobal),
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded random of @toile/core (deterministic output).',
        },
        {
          object: 'Date',
          property: 'now',
          message: 'Pass time in explicitly (pure, deterministic functions).',
        },
        { object: 'globalThis', property: 'document', message: '@toile/core is DOM-free.' },
        { object: 'globalThis', property: 'window', message: '@toile/core is DOM-free.' },
      ],
    },
  },
  {
    files: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: coreForbiddenImports.paths.filter((p) => p.name !== 'd3'),
          patterns: coreForbiddenImports.patterns.slice(0, 2),
        },
      ],
    },
  },
  {
    // Node-side scripts and configs: plain JS, no type information.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
  {
    // End-to-end tests and example hosts drive a browser: functions passed to page.evaluate() run
    // in the page, so browser globals are legitimate there as well as Node's.
    files: ['test/e2e/**/*.mjs', 'test/embedding/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // Some files still name their page globals in a `/* global */` comment; that is not an error.
    rules: { 'no-redeclare': ['error', { builtinGlobals: false }] },
  },
);
