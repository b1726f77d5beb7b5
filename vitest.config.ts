import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['test/setup/feedparser.ts', 'test/setup/chromium.ts', 'test/setup/postgres.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
