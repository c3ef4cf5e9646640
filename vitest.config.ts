import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // Unit tests pass "today" explicitly; code that asks lib/clock gets the real clock here.
  define: { __FOOTNOTE_TODAY__: JSON.stringify('') },
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', 'tests/support/property-seed.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Several tests compile the whole bundled dataset (about 4 s alone); on two busy cores the default 5 s is not enough.
    testTimeout: 30_000,
  },
});
