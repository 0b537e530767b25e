import { defineConfig } from 'vitest/config';

// npm run test:package: the packaging check, run after `npm run build` (it packages dist/).
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
