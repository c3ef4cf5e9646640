/**
 * Property tests explore new cases on every local run; CI pins the seed (FOOTNOTE_PROPERTY_SEED in
 * .ci/run) so a landing never depends on luck. A failure prints its seed and path to replay it.
 */
import fc from 'fast-check';

const seed = process.env.FOOTNOTE_PROPERTY_SEED;
if (seed) fc.configureGlobal({ seed: Number(seed) });
