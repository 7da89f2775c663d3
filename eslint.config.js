// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'demo-screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        // Comment text and names are hostile input: never turn strings into markup.
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render text, not HTML.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Render text, not HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render text, not HTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, not HTML.' },
      ],
    },
  },
  {
    // The extension sends nothing anywhere: no network APIs in anything that ships.
    files: ['entrypoints/**', 'components/**', 'utils/**'],
    rules: {
      'no-restricted-globals': ['error', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts'],
      'no-restricted-properties': ['error', { object: 'navigator', property: 'sendBeacon' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // Pure logic: nothing from the browser or the extension APIs.
    files: ['utils/classify/**', 'utils/norms/**', 'utils/dates/**', 'utils/style/**', 'utils/export/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt/*', 'webextension-polyfill', '#imports', 'dexie'] }],
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts'],
        ...['window', 'document', 'navigator', 'chrome', 'browser', 'indexedDB', 'localStorage'],
      ],
    },
  },
);
