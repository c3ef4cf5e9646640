/**
 * The unit suite as the mutation run uses it (stryker.config.mjs): the same tests minus those
 * that cannot kill a mutant of lib/ or take seconds each while doing so, listed with why:
 *   - corpus-eval, seed: they read ../shared, and measure the engine on real text rather than
 *     state its rules (and Stryker's sandbox has no ../shared beside it);
 *   - annotate-cli: it runs the CLI in a child process, where Stryker cannot switch mutants;
 *   - annotate-dom, prefs-live: they wait on real timers for the content script's idle
 *     batches (0.5-1.4 s a test), which every mutant of the engine they reach would pay
 *     again; they test entrypoints/content, and lib/'s rules have tests of their own;
 *   - annotate-dom-properties: the content script's DOM invariants over generated pages (38 s
 *     for its three properties, and they reach nearly every line of the engine through the
 *     annotator): each surviving engine mutant paid them, which made lib/engine's run about
 *     six hours instead of one. The properties are about wrapping and restoring the DOM, which
 *     lib/engine does not do.
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
      // Mutants are switched at run time, not by reloading modules: a worker may keep what it
      // imported between test files and between mutants (every test file resets its own state).
      isolate: false,
      exclude: ['tests/unit/corpus-eval.test.ts', 'tests/unit/seed.test.ts', 'tests/unit/annotate-cli.test.ts', 'tests/unit/annotate-dom.test.ts', 'tests/unit/prefs-live.test.ts', 'tests/unit/annotate-dom-properties.test.ts'],
    },
  }),
);
