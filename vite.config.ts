import { defineConfig, type Plugin } from 'vite';
import { parse } from '@formatjs/icu-messageformat-parser';
import { CATALOGUES } from './shared/i18n/catalogues';

/**
 * The document's messages parsed here, at build time, into the module the window loads in place
 * of shared/i18n/message-source.ts: the window then formats them without ICU's parser, which is
 * left out of the bundle (its no-parser entry stands in for it).
 */
function precompiledMessages(): Plugin {
  return {
    name: 'precompiled-messages',
    enforce: 'pre',
    load(id) {
      if (!id.replace(/\\/g, '/').endsWith('/shared/i18n/message-source.ts')) return null;
      const parsed = Object.fromEntries(
        Object.entries(CATALOGUES).map(([language, catalogue]) => [language, Object.fromEntries(Object.entries(catalogue).map(([key, message]) => [key, parse(message, { ignoreTag: true })]))]),
      );
      return `const PARSED = ${JSON.stringify(parsed)};\nexport function messageSource(language, key) {\n  return PARSED[language][key];\n}\n`;
    },
  };
}

// The renderer is loaded from file:// inside Electron, so every asset path is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  // Vite 8 transforms TSX with oxc; React 19 uses the automatic JSX runtime (no plugin needed).
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  plugins: [precompiledMessages()],
  resolve: { alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }] },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // Loaded from disk in a desktop window, never over a network: size warnings mean nothing here;
    // the first load's budget is test/e2e/first-load.spec.ts's.
    chunkSizeWarningLimit: 2000,
  },
  server: { strictPort: true },
});
