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
    // Loaded from disk in a desktop window, never over a network: one bundle is fine.
    chunkSizeWarningLimit: 2000,
  },
  server: { strictPort: true },
});
