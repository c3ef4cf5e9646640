/**
 * Where the hover card goes, in viewport coordinates. The one rule a reader depends on: the card
 * never covers the name it is about. Tried in order: below the name's line, above it, beside it
 * (right, then left), and when none has room (a 320 px phone, a page zoomed to 200 %), a sheet
 * across the viewport in the larger free band above or below the name, as tall as that band allows
 * (the card scrolls inside). Pure: the hover card measures, this decides.
 */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  mode: 'below' | 'above' | 'right' | 'left' | 'sheet';
  top: number;
  left: number;
  /** Set for a sheet: the card takes this width. */
  width?: number;
  /** Set when the card must scroll to stay off the name. */
  maxHeight?: number;
}

const GAP = 6;
const MARGIN = 4;

export function placeCard(anchor: Rect, card: Size, view: Size): Placement {
  const clampLeft = (left: number) => Math.max(MARGIN, Math.min(left, view.width - card.width - MARGIN));
  const clampTop = (top: number) => Math.max(MARGIN, Math.min(top, view.height - card.height - MARGIN));
  const fitsAcross = card.width <= view.width - 2 * MARGIN;
  if (fitsAcross && anchor.bottom + GAP + card.height <= view.height - MARGIN) {
    return { mode: 'below', top: anchor.bottom + GAP, left: clampLeft(anchor.left) };
  }
  if (fitsAcross && anchor.top - GAP - card.height >= MARGIN) {
    return { mode: 'above', top: anchor.top - GAP - card.height, left: clampLeft(anchor.left) };
  }
  const fitsDown = card.height <= view.height - 2 * MARGIN;
  if (fitsDown && anchor.right + GAP + card.width <= view.width - MARGIN) {
    return { mode: 'right', top: clampTop(anchor.top), left: anchor.right + GAP };
  }
  if (fitsDown && anchor.left - GAP - card.width >= MARGIN) {
    return { mode: 'left', top: clampTop(anchor.top), left: anchor.left - GAP - card.width };
  }
  const below = view.height - MARGIN - (anchor.bottom + GAP);
  const above = anchor.top - GAP - MARGIN;
  const width = view.width - 2 * MARGIN;
  if (below >= above) {
    const height = Math.min(card.height, Math.max(0, below));
    return { mode: 'sheet', top: view.height - MARGIN - height, left: MARGIN, width, maxHeight: Math.max(0, below) };
  }
  return { mode: 'sheet', top: MARGIN, left: MARGIN, width, maxHeight: Math.max(0, above) };
}

/** Whether two rectangles overlap (touching edges do not). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The line box of a name under the pointer: a name broken across lines ("Phil / Foden") has one
 * box per line, and the card belongs beside the one the reader is on. Without a pointer (keyboard),
 * the first box; with one outside every box, the nearest.
 */
export function lineUnder(rects: Rect[], pointer?: { x: number; y: number }): Rect | undefined {
  const boxes = rects.filter((r) => r.right > r.left && r.bottom > r.top);
  if (!pointer) return boxes[0];
  const distance = (r: Rect) => {
    const dx = Math.max(r.left - pointer.x, 0, pointer.x - r.right);
    const dy = Math.max(r.top - pointer.y, 0, pointer.y - r.bottom);
    return dx * dx + dy * dy;
  };
  let best: Rect | undefined;
  for (const r of boxes) if (!best || distance(r) < distance(best)) best = r;
  return best;
}
