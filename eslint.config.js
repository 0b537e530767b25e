import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', 'schema/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', { patterns: [
        { group: ['electron', 'node:*', 'fs', 'path', '../electron/*', '../../electron/*'], message: 'The renderer reaches the outside world only through window.api.' },
      ] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['electron', 'node:*', 'fs', 'path', 'react', '../electron/*', '../renderer/*'], message: 'shared/ is pure TypeScript: no Electron, DOM or Node.' },
      ] }],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [
        { name: 'electron', message: 'Services are plain Node so tests run them without Electron.' },
      ] }],
    },
  },
);
