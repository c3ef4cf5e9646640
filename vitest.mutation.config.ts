/**
 * The unit suite as the mutation run uses it (stryker.config.mjs): the same tests minus those
 * that cannot kill a mutant of lib/ or take seconds each while doing so: the corpus checks
 * (they read ../shared, and are measures of the engine on real text, not statements of its
 * rules) and the annotate CLI test (it runs the CLI in a child process, which Stryker cannot
 * switch mutants in).
 */
import { realpathSync } from 'node:fs';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export default mergeConfig(
  base,
  defineConfig({
    // Stryker's sandbox links node_modules to the project's own: vite must be let to serve files
    // from where that link points (the setup file fake-indexeddb/auto resolves there).
    server: { fs: { allow: ['.', realpathSync('node_modules')] } },
    test: {
      exclude: ['tests/unit/corpus-eval.test.ts', 'tests/unit/seed.test.ts', 'tests/unit/annotate-cli.test.ts'],
    },
  }),
);
