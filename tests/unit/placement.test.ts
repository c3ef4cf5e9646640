import { describe, expect, test } from 'vitest';
import { lineUnder, overlaps, placeCard, type Rect } from '../../lib/page/placement';

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
const card = { width: 300, height: 220 };
const boxOf = (p: ReturnType<typeof placeCard>, size = card): Rect =>
  rect(p.left, p.top, p.width ?? size.width, Math.min(size.height, p.maxHeight ?? Infinity));

describe('where the card goes', () => {
  test('below the name when there is room, above when not, inside the viewport', () => {
    const view = { width: 1280, height: 900 };
    expect(placeCard(rect(100, 100, 80, 20), card, view)).toMatchObject({ mode: 'below', top: 126, left: 100 });
    expect(placeCard(rect(100, 800, 80, 20), card, view)).toMatchObject({ mode: 'above', top: 800 - 6 - 220 });
    expect(placeCard(rect(1250, 100, 30, 20), card, view).left).toBe(1280 - 300 - 4);
  });

  test('beside the name when neither above nor below has room (a short, wide viewport)', () => {
    const view = { width: 1280, height: 400 };
    const anchor = rect(100, 190, 80, 20);
    const p = placeCard(anchor, { width: 300, height: 300 }, view);
    expect(p.mode).toBe('right');
    expect(overlaps(boxOf(p, { width: 300, height: 300 }), anchor)).toBe(false);
    expect(placeCard(rect(1000, 190, 80, 20), { width: 300, height: 300 }, view).mode).toBe('left');
  });

  // A 320 × 568 phone, and 1280 × 900 at 200 % zoom (640 × 450 CSS px): names anywhere on the screen.
  test.each([
    [{ width: 320, height: 568 }, { width: 312, height: 420 }],
    [{ width: 640, height: 450 }, { width: 300, height: 380 }],
    [{ width: 320, height: 568 }, { width: 312, height: 900 }],
  ])('on %j the card (%j) never covers the name, wherever it is', (view, size) => {
    for (let top = 0; top < view.height - 20; top += 17) {
      for (const left of [0, view.width / 3, view.width - 90]) {
        const anchor = rect(left, top, 80, 20);
        const p = placeCard(anchor, size, view);
        const box = boxOf(p, size);
        expect(overlaps(box, anchor), `${JSON.stringify(p)} over ${JSON.stringify(anchor)}`).toBe(false);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(view.width);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(view.height);
      }
    }
  });

  test('a sheet takes the larger free band, the whole width, and scrolls inside it', () => {
    const view = { width: 320, height: 568 };
    const high = placeCard(rect(10, 100, 80, 20), { width: 312, height: 600 }, view);
    expect(high).toMatchObject({ mode: 'sheet', left: 4, width: 312, maxHeight: 568 - 4 - 126 });
    const low = placeCard(rect(10, 450, 80, 20), { width: 312, height: 600 }, view);
    expect(low).toMatchObject({ mode: 'sheet', top: 4, maxHeight: 450 - 6 - 4 });
  });
});

describe('the line box under the pointer', () => {
  // "Phil" at the end of one line, "Foden" at the start of the next.
  const lines = [rect(500, 100, 40, 20), rect(0, 122, 50, 20)];
  test('the line the pointer is on; the nearest when it is between; the first without a pointer', () => {
    expect(lineUnder(lines, { x: 20, y: 130 })).toEqual(lines[1]);
    expect(lineUnder(lines, { x: 510, y: 105 })).toEqual(lines[0]);
    expect(lineUnder(lines, { x: 60, y: 135 })).toEqual(lines[1]);
    expect(lineUnder(lines)).toEqual(lines[0]);
    expect(lineUnder([rect(0, 0, 0, 0), ...lines])).toEqual(lines[0]);
    expect(lineUnder([])).toBeUndefined();
  });
});
