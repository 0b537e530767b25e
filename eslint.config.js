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
    // The command line's launchers run in plain Node before anything is built, as CommonJS: require() is their import.
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
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
    // The layering test/renderer/import-layers.test.ts proves; said here too, where it is typed.
    files: ['renderer/document/**/*.{ts,tsx}', 'renderer/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['electron', 'node:*', 'fs', 'path', '../electron/*', '../../electron/*'], message: 'The renderer reaches the outside world only through window.api.' },
        { regex: '^\\.\\./(?!document/)[a-z-]+/', message: 'document/ and ui/ sit below the feature folders: they import document/ at most, never a feature.' },
      ] }],
    },
  },
  {
    files: ['renderer/document/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['electron', 'node:*', 'fs', 'path', '../electron/*', '../../electron/*'], message: 'The renderer reaches the outside world only through window.api.' },
        { regex: '^\\.\\./[a-z-]+/', message: 'document/ is the bottom layer: it imports shared/ and itself only.' },
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
    files: ['electron/services/**/*.ts', 'electron/cli.ts', 'electron/cli-*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [
        { name: 'electron', message: 'Services are plain Node so tests run them without Electron.' },
      ] }],
    },
  },
);
