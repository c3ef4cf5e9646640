/** A frame's write budget follows the page's rendering cost (lib/page/frame-budget.ts). */
import { describe, expect, test } from 'vitest';
import { FRAME_BUDGET_MS, FRAME_TASK_MS, frameBudget } from '../../lib/page/frame-budget';

describe('the write budget of a frame', () => {
  test.each([
    // A page that renders quickly: the small budget, frames stay smooth.
    [0, FRAME_BUDGET_MS],
    [4, FRAME_BUDGET_MS],
    // A long page: as long as its rendering, so a pause's writes take fewer frames...
    [12, 12],
    [20, 20],
    // ...but writing and rendering together stay under a long task.
    [25, FRAME_TASK_MS - 25],
    [30, FRAME_TASK_MS - 30],
    // A page that takes a long task to render anyway gets the least.
    [42, FRAME_BUDGET_MS],
    [200, FRAME_BUDGET_MS],
  ])('rendering in %d ms: %d ms of writing', (renderMs, budget) => {
    expect(frameBudget(renderMs)).toBe(budget);
  });
});
