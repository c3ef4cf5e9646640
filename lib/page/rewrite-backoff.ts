/**
 * Back-off for blocks a page rewrites again and again (a ticker, a framework that restores its
 * own text): a few quick rewrites are followed at once; past that, the block waits before it is
 * read again, twice as long each time the page keeps at it, so the page settles. Pure: the
 * caller passes the time and schedules the retry.
 */
export interface BackoffRules {
  /** Rewrites closer together than this count as one run. */
  windowMs: number;
  /** Rewrites in a run that are followed at once. */
  free: number;
  firstWaitMs: number;
  maxWaitMs: number;
}

export const DEFAULT_BACKOFF: BackoffRules = { windowMs: 2000, free: 4, firstWaitMs: 1000, maxWaitMs: 60_000 };

interface Run {
  count: number;
  last: number;
  held: boolean;
}

export class RewriteBackoff {
  private runs = new WeakMap<object, Run>();

  constructor(private readonly rules: BackoffRules = DEFAULT_BACKOFF) {}

  /**
   * The page rewrote `block` at `now`. Undefined: read it now. A number above 0: wait that long,
   * then call `release`. 0: it is already waiting.
   */
  rewritten(block: object, now: number): number | undefined {
    const run = this.runs.get(block) ?? { count: 0, last: -Infinity, held: false };
    this.runs.set(block, run);
    if (run.held) {
      // Still at it while we wait: the run goes on, so the next wait is longer.
      run.last = now;
      return 0;
    }
    run.count = now - run.last < this.rules.windowMs ? run.count + 1 : 1;
    run.last = now;
    if (run.count <= this.rules.free) return undefined;
    run.held = true;
    return Math.min(this.rules.firstWaitMs * 2 ** (run.count - this.rules.free - 1), this.rules.maxWaitMs);
  }

  /** The wait is over: the block is read once more. */
  release(block: object, now: number): boolean {
    const run = this.runs.get(block);
    if (!run?.held) return false;
    run.held = false;
    run.last = Math.max(run.last, now - this.rules.windowMs / 2);
    return true;
  }

  isHeld(block: object): boolean {
    return this.runs.get(block)?.held ?? false;
  }
}
