/**
 * How long one frame's write batch may take, from how long the page took to render our last one.
 *
 * A long page renders every frame we write in again as a whole (about 25 ms for 1 MB of live blog):
 * there a batch may write as long as the page takes to render it, since each further frame would
 * cost another rendering, as long as writing and rendering together stay under a long task. A short
 * page renders in a few milliseconds and keeps the small budget, so its frames stay smooth.
 */

/** The least a batch gets (and what a page that renders quickly gets). */
export const FRAME_BUDGET_MS = 6;
/** A frame with a write, its rendering included, stays under this (a long task is 50 ms). */
export const FRAME_TASK_MS = 45;

export function frameBudget(renderMs: number): number {
  return Math.max(FRAME_BUDGET_MS, Math.min(renderMs, FRAME_TASK_MS - renderMs));
}
