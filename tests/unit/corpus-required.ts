/**
 * Tests that read ../shared (the corpus, the seed article) at run time never copy it into the
 * repository, so they cannot run without it. Where it is absent they skip and say so; where it
 * must be present (CI always has ../shared, and .ci/run sets FOOTNOTE_REQUIRE_CORPUS=1) its
 * absence fails the run instead of letting the checks pass unseen.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const REQUIRE_CORPUS = 'FOOTNOTE_REQUIRE_CORPUS';

/** True when `path` is missing and the tests of `what` should skip; throws when it is required. */
export function missingShared(what: string, path: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (existsSync(path)) return false;
  const where = resolve(path);
  if (env[REQUIRE_CORPUS] === '1') {
    throw new Error(`${what}: ${where} is missing, and ${REQUIRE_CORPUS}=1 says it must be there (CI has ../shared beside the checkout)`);
  }
  console.warn(`skipped ${what}: ${where} is not there (these tests read ../shared at run time; set ${REQUIRE_CORPUS}=1 to make its absence a failure)`);
  return true;
}
