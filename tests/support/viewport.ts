/**
 * The viewport DOM tests give the annotator (lib/page/viewport.ts): happy-dom lays nothing out,
 * so everything is near and rendered, and frames are macrotasks. Kept out of lib/ so the content
 * script's first bundle does not carry it.
 */
import type { Viewport } from '../../lib/page/viewport';

export function everythingInView(): Viewport {
  let live = true;
  let due = 0;
  return {
    watch(_element, near) {
      let cancelled = false;
      due++;
      setTimeout(() => {
        due--;
        if (live && !cancelled) near();
      }, 0);
      return () => void (cancelled = true);
    },
    place: () => 'near',
    rendered: () => true,
    frame: (write) => void setTimeout(write, 0),
    pending: () => due > 0,
    wrote: () => {},
    shown: () => Promise.resolve(),
    disconnect: () => void (live = false),
  };
}
