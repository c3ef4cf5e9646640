/**
 * The browser's Viewport (lib/page/viewport.ts). One IntersectionObserver with a margin of two
 * screens decides which blocks get written; the annotator may read and match the whole page,
 * but it writes only where the reader is or is about to be.
 */
import type { Viewport } from '../../lib/page/viewport';

export function browserViewport(doc: Document): Viewport {
  const view = doc.defaultView!;
  const waiting = new Map<Element, Set<() => void>>();
  const observer = new view.IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const calls = waiting.get(entry.target);
        waiting.delete(entry.target);
        observer.unobserve(entry.target);
        for (const near of calls ?? []) near();
      }
    },
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
        observer.observe(element);
      }
      calls.add(near);
      return () => {
        const now = waiting.get(element);
        if (!now?.delete(near) || now.size) return;
        waiting.delete(element);
        observer.unobserve(element);
      };
    },
    place(element) {
      const box = element.getBoundingClientRect();
      const screen = view.innerHeight;
      if (box.bottom < -2 * screen) return 'above';
      if (box.top > 3 * screen) return 'below';
      return 'near';
    },
    // visibility: hidden counts as not rendered; content-visibility: auto (off-screen, skipped) does not.
    rendered: (element) => (typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : true),
    frame(write) {
      frameWrites.push(write);
      if (frameWrites.length > 1) return;
      view.requestAnimationFrame(() => {
        const writes = frameWrites;
        frameWrites = [];
        for (const w of writes) w();
      });
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
      waiting.clear();
      frameWrites = [];
    },
  };
}
