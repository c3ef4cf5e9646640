/**
 * The browser's viewport (entrypoints/content/viewport.ts) on a made-up page: blocks with boxes,
 * a stand-in IntersectionObserver and fake timers, so the scroll pause's hand-over can be checked
 * step by step (a real browser's timing would make these checks flaky; tests/e2e/long-page.test.ts
 * covers the same in Chromium, end to end).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { browserViewport } from '../../entrypoints/content/viewport';
import type { Viewport } from '../../lib/page/viewport';

const SCREEN = 1000;
const BLOCK_GAP = 500;

class FakeObserver {
  static current: FakeObserver;
  readonly observed = new Set<Element>();
  /** Observed and not reported yet: the real observer reports each new target once. */
  private readonly fresh = new Set<Element>();
  constructor(private readonly callback: (entries: IntersectionObserverEntry[]) => void) {
    FakeObserver.current = this;
  }
  observe(element: Element) {
    this.observed.add(element);
    this.fresh.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
    this.fresh.delete(element);
  }
  disconnect() {
    this.observed.clear();
    this.fresh.clear();
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
  /** The browser's next frame: each new target reported, near or not. */
  frame(near: (element: Element) => boolean) {
    const entries = [...this.fresh].map((target) => ({ target, isIntersecting: near(target) }) as IntersectionObserverEntry);
    this.fresh.clear();
    if (entries.length) this.callback(entries);
  }
}

let scrollY = 0;
let onScroll: (event: { target: unknown }) => void;
let viewport: Viewport;
let doc: Document;

/** A block of the made-up page: where it is, and whether the page took it out. */
interface Block extends Element {
  top: number;
  gone?: boolean;
}
function block(top: number): Block {
  const made = {
    top,
    gone: false,
    get isConnected() {
      return !made.gone;
    },
    getBoundingClientRect: () => (made.gone ? { top: 0, bottom: 0 } : { top: made.top - scrollY, bottom: made.top - scrollY + 20 }),
    checkVisibility: () => true,
  };
  return made as unknown as Block;
}
const isNear = (element: Element) => {
  const { top } = element as Block;
  return top - scrollY + 20 >= -2 * SCREEN && top - scrollY <= 3 * SCREEN;
};

/** A page of `count` blocks, each watched; says which were handed over, in order. */
function page(count: number) {
  const blocks = Array.from({ length: count }, (_, i) => block(i * BLOCK_GAP));
  const handed: number[] = [];
  for (const [i, b] of blocks.entries()) viewport.watch(b, () => handed.push(i));
  return { blocks, handed };
}
const scrollTo = (y: number, target: unknown = doc) => {
  scrollY = y;
  onScroll({ target });
};
const observed = () => FakeObserver.current.observed.size;
/** The reader scrolls to `y` and stops: the pause comes 150 ms after the last scroll event. */
const pauseAt = (y: number) => {
  scrollTo(y);
  vi.advanceTimersByTime(160);
};
/** A page of 100 watched blocks, the first frame's reports given. */
function loaded() {
  const made = page(100);
  FakeObserver.current.frame(isNear);
  vi.advanceTimersByTime(0);
  return made;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  scrollY = 0;
  const view = {
    innerHeight: SCREEN,
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
    clearTimeout: (t: number) => clearTimeout(t),
    requestAnimationFrame: (f: () => void) => setTimeout(f, 16),
    IntersectionObserver: FakeObserver,
  };
  doc = {
    defaultView: view,
    visibilityState: 'visible',
    addEventListener: (type: string, listener: typeof onScroll) => {
      if (type === 'scroll') onScroll = listener;
    },
    removeEventListener: () => {},
  } as unknown as Document;
  viewport = browserViewport(doc);
});

afterEach(() => {
  viewport.disconnect();
  vi.useRealTimers();
});

describe('a scroll pause', () => {
  test('hands over the near blocks from the search, and gives the observer the rest once the annotator wrote them', () => {
    const { blocks, handed } = loaded();
    const top = handed.length;
    expect(top).toBeGreaterThan(0);
    scrollTo(30_000);
    expect(observed()).toBe(0);
    vi.advanceTimersByTime(160);
    const expected = blocks.flatMap((b, i) => (isNear(b) ? [i] : []));
    expect(handed.slice(top)).toEqual(expected);
    // Not while the pause's writes are being made...
    expect(observed()).toBe(0);
    expect(viewport.pending()).toBe(true);
    viewport.wrote();
    vi.advanceTimersByTime(0);
    // ...then every block still waiting.
    expect(observed()).toBe(100 - handed.length);
  });

  test('without word from the annotator, the observer gets the blocks back a second after the pause', () => {
    const { handed } = loaded();
    pauseAt(30_000);
    vi.advanceTimersByTime(900);
    expect(observed()).toBe(0);
    vi.advanceTimersByTime(100);
    expect(observed()).toBe(100 - handed.length);
  });

  test('a scroll event right after the writes (scroll anchoring) puts the observer off to the next pause, which looks again', () => {
    const { handed } = loaded();
    pauseAt(30_000);
    const atPause = handed.length;
    scrollTo(30_040);
    viewport.wrote();
    vi.advanceTimersByTime(0);
    expect(observed()).toBe(0);
    vi.advanceTimersByTime(160);
    vi.advanceTimersByTime(0);
    expect(observed()).toBe(100 - handed.length);
    expect(handed.length).toBeGreaterThanOrEqual(atPause);
  });

  test('a block the page took out does not mislead the search', () => {
    const { blocks, handed } = loaded();
    const top = handed.length;
    // The reader at block 47; block 53, where the search looks first (the middle of the 93 blocks
    // still waiting), is gone from the page and not unwatched yet.
    blocks[53]!.gone = true;
    pauseAt(47 * BLOCK_GAP);
    const near = blocks.flatMap((b, i) => (!b.gone && isNear(b) ? [i] : []));
    expect(near.length).toBeGreaterThan(5);
    expect(handed.slice(top)).toEqual(near);
  });

  test('a block watched again while its report waited for the pause keeps its new watcher', () => {
    const element = block(500);
    const calls: string[] = [];
    const first = viewport.watch(element, () => calls.push('first'));
    // Reported near, and the reader scrolls away before it is handed over...
    FakeObserver.current.frame(isNear);
    scrollTo(10_000);
    // ...while the annotator reads the block again: it stops watching and watches anew.
    first();
    viewport.watch(element, () => calls.push('again'));
    vi.advanceTimersByTime(160);
    expect(calls).toEqual([]);
    scrollTo(0);
    vi.advanceTimersByTime(160);
    expect(calls).toEqual(['again']);
  });
});

describe('a hand-over that throws', () => {
  test('still gives the observer the waiting blocks back', () => {
    const throwing = block(30_000);
    viewport.watch(throwing, () => {
      throw new Error('a bug in the annotator');
    });
    const far = block(60_000);
    viewport.watch(far, () => {});
    scrollTo(30_000);
    expect(() => vi.advanceTimersByTime(160)).toThrow('a bug in the annotator');
    vi.advanceTimersByTime(1000);
    expect(FakeObserver.current.observed.has(far)).toBe(true);
  });
});

describe('what counts as the reader scrolling', () => {
  test('a scroller shorter than half a screen (a ticker) does not switch the observer off', () => {
    page(10);
    const before = observed();
    scrollTo(0, { clientHeight: 40 });
    expect(observed()).toBe(before);
    scrollTo(0, { clientHeight: 900 });
    expect(observed()).toBe(0);
  });

  test('switched off, it leaves no timer behind', () => {
    loaded();
    pauseAt(30_000);
    viewport.disconnect();
    expect(vi.getTimerCount()).toBe(0);
    // (A write batch finishing after the switch-off starts nothing either.)
    viewport.wrote();
    expect(vi.getTimerCount()).toBe(0);
  });
});
