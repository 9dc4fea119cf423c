import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium and Firefox ESR. One browser per file;
// files run one at a time (2-core machines).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
