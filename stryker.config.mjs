// Mutation testing of lib/ (`npm run test:mutation`; README, "Mutation testing"). Not part of
// `npm test` or CI: a full run takes tens of minutes on two cores.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // related: false: the dry run runs the whole suite (per-test coverage then picks each mutant's tests).
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  // Every module of the engine, present and future; type-only files hold nothing to mutate.
  mutate: ['lib/**/*.ts', '!lib/**/*.d.ts'],
  // Each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  // Static mutants (code run when a module loads: word lists, lookup tables, the valibot schema)
  // are covered by no single test, so each runs the whole suite: 39% of lib/'s mutants took 84%
  // of the time, a run of about three hours here. They are reported as "ignored", never as
  // killed; `npm run test:mutation -- --ignoreStatic false` measures them too.
  ignoreStatic: true,
  // A rerun tests only mutants whose code or covering tests changed since the last run. The
  // file is a local cache (ignored by git): it describes one working tree's last run, and
  // parallel branches would conflict on it at every merge.
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  // Stryker rewrites a tsconfig's paths that point outside the sandbox with TypeScript's JS API,
  // which the native TypeScript 7 compiler does not have. Ours point nowhere outside (it
  // extends ./.wxt/tsconfig.json), so no file by this name means nothing to rewrite.
  tsconfigFile: 'no-tsconfig-to-rewrite.json',
  ignorePatterns: ['.output', 'screenshots', 'test-results', 'reports'],
  concurrency: 2,
  timeoutMS: 10_000,
  thresholds: { high: 85, low: 75, break: null },
};
