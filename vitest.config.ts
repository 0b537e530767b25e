import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/services/**/*.test.ts', 'test/renderer/**/*.test.ts', 'test/electron/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // The command line and its chart worker, built once for the run (test/support/built-cli.ts).
    globalSetup: ['test/support/built-cli.ts'],
    setupFiles: ['test/support/chart-worker-setup.ts'],
  },
});
