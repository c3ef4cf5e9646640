/**
 * The hover card's controller and UI (entrypoints/card/) load when the reader first reaches a
 * name: until then, this listens for the first of the reader's own events that could open a card
 * (the pointer or a tap on a name or badge of ours, focus on one or on a link holding one, the
 * Alt+Shift+↓/↑ stepping keys while the page has names), loads the part, starts the controller,
 * and hands it every event that came while it loaded, in order. After that the controller listens
 * itself, and this does nothing.
 */
export interface StartedCards {
  handle(e: Event): void;
}

const EVENTS = ['mouseover', 'mouseout', 'pointerup', 'focusin', 'focusout', 'keydown'] as const;

export function cardsOnFirstUse(
  doc: Document,
  options: {
    /** Whether the element is (inside) a name or badge of ours. */
    ours: (element: Element) => boolean;
    /** Whether the page has any name of ours (the stepping keys do nothing otherwise). */
    anyOnPage: () => boolean;
    start: () => Promise<StartedCards>;
    signal: AbortSignal;
  },
): void {
  const view = doc.defaultView;
  if (!view) return;
  let queue: Event[] | undefined;
  const reaches = (e: Event): boolean => {
    const target = e.target;
    if (e.type === 'keydown') {
      const k = e as KeyboardEvent;
      return k.altKey && k.shiftKey && (k.key === 'ArrowDown' || k.key === 'ArrowUp') && options.anyOnPage();
    }
    if (!(target instanceof view.Element)) return false;
    if (options.ours(target)) return true;
    return e.type === 'focusin' && [...target.querySelectorAll('[data-footnote-key]')].some((el) => options.ours(el));
  };
  const stop = new AbortController();
  options.signal.addEventListener('abort', () => stop.abort(), { once: true });
  const listen = (e: Event) => {
    if (!e.isTrusted) return;
    if (queue) {
      queue.push(e);
      return;
    }
    if (e.type === 'mouseout' || e.type === 'focusout' || !reaches(e)) return;
    // The controller would keep the page from scrolling by the stepping keys: so does this, at once.
    if (e.type === 'keydown') e.preventDefault();
    queue = [e];
    options.start().then(
      (cards) => {
        stop.abort();
        if (options.signal.aborted) return;
        for (const queued of queue ?? []) cards.handle(queued);
        queue = undefined;
      },
      (error) => {
        console.error('Footnote: the card could not load', error);
        // The next hover tries again.
        queue = undefined;
      },
    );
  };
  for (const type of EVENTS) doc.addEventListener(type, listen, { capture: true, signal: stop.signal });
}
