/**
 * Light or dark, from the page's own background where the text is, not from the reader's system
 * scheme: a white page under a dark system scheme stays a white page, and badges drawn for a dark
 * screen would be pale on it. Pure colour arithmetic plus one DOM reader (`schemeAt`), which only
 * reads computed styles: call it in a batch's read phase, before anything is written.
 */

export type Scheme = 'light' | 'dark';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0 (transparent) to 1 (opaque). */
  a: number;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
/** What a browser paints behind a page that asks for a dark canvas (`color-scheme: dark`). */
const DARK_CANVAS: Rgba = { r: 18, g: 18, b: 18, a: 1 };

/** A computed colour ("rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)", "transparent"); undefined for anything else. */
export function parseColor(css: string): Rgba | undefined {
  if (css.trim() === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(css.trim());
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: Math.min(1, Math.max(0, alpha)) };
}

/** `top` painted over `bottom` (source-over). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** WCAG 2 relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The scheme for a backdrop: dark when white text would stand out on it more than black text
 * (luminance below about 0.18), so the badge colours chosen for that scheme have the most room.
 */
export function schemeFor(backdrop: Rgba): Scheme {
  return contrastRatio(WHITE, backdrop) > contrastRatio({ r: 0, g: 0, b: 0, a: 1 }, backdrop) ? 'dark' : 'light';
}

/**
 * The colour behind an element: the backgrounds of it and its ancestors, composited from the
 * element outwards until one is opaque, over the page's canvas. Background images are not read
 * (a photo's colour is unknowable here); their fallback colour is. `memo` shares the ancestors'
 * answers between the elements of one batch.
 */
export function backdropAt(element: Element, memo: Map<Element, Rgba> = new Map()): Rgba {
  const known = memo.get(element);
  if (known) return known;
  const view = element.ownerDocument.defaultView;
  const own = view ? parseColor(view.getComputedStyle(element).backgroundColor) : undefined;
  let result: Rgba;
  if (own && own.a >= 1) result = own;
  else {
    const below = element.parentElement ? backdropAt(element.parentElement, memo) : canvasOf(element.ownerDocument);
    result = own && own.a > 0 ? over(own, below) : below;
  }
  memo.set(element, result);
  return result;
}

/** A page with no background of its own shows the canvas: dark only when the page asks for it and the reader's system is dark. */
function canvasOf(doc: Document): Rgba {
  const view = doc.defaultView;
  if (!view) return WHITE;
  const asked = view.getComputedStyle(doc.documentElement).colorScheme ?? '';
  const meta = doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
  const pageAllowsDark = /\bdark\b/.test(asked) || /\bdark\b/.test(meta);
  const onlyDark = /\bdark\b/.test(asked) && !/\blight\b/.test(asked);
  if (onlyDark || (pageAllowsDark && view.matchMedia('(prefers-color-scheme: dark)').matches)) return DARK_CANVAS;
  return WHITE;
}

/** The scheme where an element's text is drawn. Reads styles only. */
export function schemeAt(element: Element, memo?: Map<Element, Rgba>): Scheme {
  return schemeFor(backdropAt(element, memo));
}
