/**
 * The browser's Viewport (lib/page/viewport.ts). One IntersectionObserver with a margin of two
 * screens decides which blocks get written; the annotator may read and match the whole page,
 * but it writes only where the reader is or is about to be.
 *
 * While the reader is scrolling, blocks that come near wait until the scrolling pauses: on a long
 * page every write costs a layout of the whole document (measured on the 1 MB live blog: about
 * 60 ms for a single span), so writing once per pause instead of once per scroll step is what
 * keeps scrolling cheap. When it pauses, only the blocks still near are written.
 *
 * The observer itself is disconnected while the reader scrolls: it would otherwise compute every
 * watched block's intersection in every frame of the scroll (measured on the live blog, about 1 ms
 * a frame for 3,300 blocks), to report arrivals that wait for the pause anyway. At the pause the
 * near blocks are found from a few boxes, the waiting blocks being in document order for the most
 * part (lib/page/near-in-order.ts), and the observer is given the waiting blocks again only once
 * the pause's writes are done: given them at once, it computed all 3,300 intersections again in
 * each frame those writes changed (28 ms a pause on the live blog). What the search misses, a
 * block out of document order, the observer reports then.
 */
import { nearInOrder } from '../../lib/page/near-in-order';
import type { Place, Viewport } from '../../lib/page/viewport';

/** Scrolling counts as paused after this long without a scroll event. */
const SCROLL_PAUSE_MS = 150;
/**
 * After a pause, the observer is given the waiting blocks once the annotator has written what it
 * was handed, or this long after the pause if it never says so (unless the reader is scrolling
 * again by then: the next pause looks again).
 */
const RESUME_AT_MOST_MS = 1000;

export function browserViewport(doc: Document): Viewport {
  const view = doc.defaultView!;
  const waiting = new Map<Element, Set<() => void>>();
  /** Reported near, to be handed over when scrolling pauses. */
  const arrived = new Map<Element, Set<() => void>>();
  /** Observed, and not reported yet: the observer reports every new target once, near or not. */
  const unreported = new Set<Element>();
  let lastScroll = -Infinity;
  let timer: number | undefined;
  /** Whether the observer holds the waiting blocks (not from a scroll's start until its pause's writes are done). */
  let observing = true;
  /** After a pause, until the observer is given the waiting blocks again. */
  let resumeTimer: number | undefined;
  const place = (element: Element): Place => {
    const box = element.getBoundingClientRect();
    const screen = view.innerHeight;
    if (box.bottom < -2 * screen) return 'above';
    if (box.top > 3 * screen) return 'below';
    return 'near';
  };
  // visibility: hidden counts as not rendered; content-visibility: auto (off-screen, skipped) does not.
  const rendered = (element: Element) => (typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : true);
  const resumeIn = (ms: number) => {
    view.clearTimeout(resumeTimer);
    resumeTimer = view.setTimeout(resume, ms);
  };
  const resume = () => {
    resumeTimer = undefined;
    // Scrolling again (or the browser's scroll anchoring, after the writes moved the text): the coming pause looks again.
    if (performance.now() - lastScroll < SCROLL_PAUSE_MS) return;
    observing = true;
    for (const element of waiting.keys()) {
      observer.observe(element);
      unreported.add(element);
    }
  };
  const handOver = () => {
    timer = undefined;
    const quiet = performance.now() - lastScroll;
    if (quiet < SCROLL_PAUSE_MS) {
      timer = view.setTimeout(handOver, SCROLL_PAUSE_MS - quiet);
      return;
    }
    const paused = !observing;
    if (paused) {
      // The scrolling paused: the blocks near the reader now, from a few boxes. (A block hidden
      // since it was watched has an empty box that looks near: it waits, as the observer would.)
      // (Blocks taken out of the page are left out: their empty boxes would mislead the search.)
      const inPage = [...waiting.keys()].filter((e) => e.isConnected);
      for (const element of nearInOrder(inPage, place)) {
        if (!rendered(element)) continue;
        arrived.set(element, waiting.get(element)!);
        waiting.delete(element);
        unreported.delete(element);
      }
    }
    const batch = [...arrived];
    arrived.clear();
    // Every box is read before any block is handed over (and so before anything is written).
    const places = batch.map(([element]) => (element.isConnected ? place(element) : 'above'));
    let handed = 0;
    try {
      batch.forEach(([element, calls], i) => {
        if (!calls.size) return;
        if (places[i] === 'near') {
          handed++;
          for (const near of calls) near();
        } else if (element.isConnected) {
          // Passed by while scrolling: it waits for the reader to come back (with what was watched meanwhile).
          const also = waiting.get(element);
          if (also) for (const near of calls) also.add(near);
          else waiting.set(element, calls);
          if (observing) observer.observe(element);
        }
      });
    } finally {
      // The observer is given the rest once what was handed over is written (wrote()), or at once if nothing was.
      if (paused) resumeIn(handed ? RESUME_AT_MOST_MS : 0);
    }
  };
  const schedule = () => {
    if (timer === undefined && arrived.size) timer = view.setTimeout(handOver, 0);
  };
  const onScroll = (event: Event) => {
    // Only scrolling that moves what the reader reads counts: the page, or a scroller at least half
    // a screen tall (an app's main pane). A ticker or a carousel that scrolls itself all the time
    // would otherwise keep the observer off and every block waiting for a pause that never comes.
    if (event.target !== doc && ((event.target as Element | null)?.clientHeight ?? 0) < view.innerHeight / 2) return;
    lastScroll = performance.now();
    if (observing) {
      observing = false;
      // What it found before the scrolling began is kept; what it would find during it, it is not asked.
      report(observer.takeRecords());
      observer.disconnect();
    }
    timer ??= view.setTimeout(handOver, SCROLL_PAUSE_MS);
  };
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
  const report = (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries) {
      unreported.delete(entry.target);
      if (!entry.isIntersecting) continue;
      const calls = waiting.get(entry.target);
      waiting.delete(entry.target);
      observer.unobserve(entry.target);
      if (calls) arrived.set(entry.target, calls);
    }
    schedule();
  };
  const observer = new view.IntersectionObserver(
    report,
    // Two screens above and below (the same region as place()): a reader scrolling at an ordinary pace never sees a name without its badge.
    { rootMargin: '200% 0px 200% 0px' },
  );
  let frameWrites: Array<() => void> = [];
  return {
    watch(element, near) {
      let calls = waiting.get(element);
      if (!calls) {
        calls = new Set();
        waiting.set(element, calls);
        // While the reader scrolls it waits with the rest: found by the pause's search, or observed after it.
        if (observing) observer.observe(element);
        unreported.add(element);
      }
      calls.add(near);
      return () => {
        const early = arrived.get(element);
        if (early?.delete(near) && !early.size) arrived.delete(element);
        const now = waiting.get(element);
        if (!now?.delete(near) || now.size) return;
        waiting.delete(element);
        unreported.delete(element);
        observer.unobserve(element);
      };
    },
    place,
    // (Not observing, the waiting blocks are not placed either: they are when the scrolling pauses.)
    pending: () => unreported.size > 0 || arrived.size > 0 || (!observing && waiting.size > 0),
    rendered,
    frame(write) {
      frameWrites.push(write);
      if (frameWrites.length > 1) return;
      view.requestAnimationFrame(() => {
        const writes = frameWrites;
        frameWrites = [];
        for (const w of writes) w();
      });
    },
    wrote() {
      // The pause's writes are done: the observer computes the waiting blocks' intersections once, in a frame of its own.
      if (resumeTimer !== undefined) resumeIn(0);
    },
    shown() {
      if (doc.visibilityState !== 'hidden') return Promise.resolve();
      return new Promise((resolve) => {
        const onChange = () => {
          if (doc.visibilityState === 'hidden') return;
          doc.removeEventListener('visibilitychange', onChange);
          resolve();
        };
        doc.addEventListener('visibilitychange', onChange);
      });
    },
    disconnect() {
      observer.disconnect();
      doc.removeEventListener('scroll', onScroll, { capture: true });
      view.clearTimeout(timer);
      view.clearTimeout(resumeTimer);
      timer = resumeTimer = undefined;
      observing = false;
      arrived.clear();
      waiting.clear();
      unreported.clear();
      frameWrites = [];
    },
  };
}
