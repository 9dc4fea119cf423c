import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

// Real-browser tests: the built extension in Debian's Chromium and Firefox ESR. One browser per file;
// files run one at a time (2-core machines). The project's `@/` imports resolve as in the extension's build (tests
// take constants such as the content script's read limits from the modules that define them).
export default defineConfig({
  resolve: { alias: { '@/': ROOT, '~/': ROOT } },
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
