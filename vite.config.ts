import { defineConfig } from 'vite';

// The renderer is loaded from file:// inside Electron, so every asset path is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  // Vite 8 transforms TSX with oxc; React 19 uses the automatic JSX runtime (no plugin needed).
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // Loaded from disk in a desktop window, never over a network: size warnings mean nothing here;
    // the first load's budget is test/e2e/first-load.spec.ts's.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // zod with the setting that keeps it from eval (renderer/zod-without-eval.ts) in one chunk,
          // so that every chunk whose schemas zod builds at load is evaluated after the setting.
          groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]renderer[\\/]zod-without-eval\.ts$/ }],
        },
      },
    },
  },
  server: { strictPort: true },
});
