// Lint for the habits in STYLE.md that a machine can check: no forgotten promises, no `{@html}`,
// no markup built from strings (ag-grid string cell renderers, innerHTML and friends).
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Ways of turning a string into markup: any of them with a cell's text would run it. */
const NO_HTML_STRINGS = [
  {
    selector: "Property[key.name='cellRenderer'] > :matches(FunctionExpression, ArrowFunctionExpression)",
    message: 'A cellRenderer function may return an HTML string that ag-grid parses; use a Svelte component or a valueFormatter.',
  },
  {
    selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
    message: 'innerHTML/outerHTML parse their text as markup; set textContent or build nodes instead.',
  },
  {
    selector: "CallExpression > MemberExpression.callee[property.name='insertAdjacentHTML']",
    message: 'insertAdjacentHTML parses its text as markup; use insertAdjacentText or build nodes instead.',
  },
];

export default defineConfig(
  { ignores: ['dist/', 'dev-dist/', 'node_modules/', 'test-results/', 'coverage/'] },
  tseslint.configs.recommendedTypeChecked,
  svelte.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        // One TypeScript program for the whole project (tsconfig.json), which is what keeps
        // type-aware rules like no-floating-promises cheap enough to run on every `npm test`.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    files: ['**/*.svelte'],
    rules: {
      // svelte-eslint-parser does not give TypeScript the types of template event handlers and
      // component bindings (`e` in ondrop, `bind:this`), so these report `any` where svelte-check
      // sees the real types: noise in .svelte files only.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Keys change how Svelte reuses DOM nodes, and duplicate keys throw: adding them is a
      // behaviour change to review, not a lint fix (Notices.svelte and StatusLegend.svelte lack them).
      'svelte/require-each-key': 'off',
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests read untyped JSON (manifests, page.evaluate results) and use vitest's asymmetric
      // matchers, which are typed `any`; IndexedDB rejects with `request.error` (a DOMException).
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,svelte}'],
    rules: {
      'svelte/no-at-html-tags': 'error',
      'no-restricted-syntax': ['error', ...NO_HTML_STRINGS],
    },
  },
  {
    files: ['**/*.svelte'],
    rules: { 'svelte/no-at-html-tags': 'error' },
  },
  {
    // Plain-Node scripts (fixture generators, bench) are outside tsconfig: no type information.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
