/**
 * What the annotator needs to know about the screen, as a small interface: the browser's
 * implementation (entrypoints/content/viewport.ts) uses IntersectionObserver, checkVisibility,
 * requestAnimationFrame and the Page Visibility API; DOM tests pass `everythingInView()`.
 */
export interface Viewport {
  /** Calls `near` (once) when `element` is within about two screens of what the reader sees; the result cancels. */
  watch(element: Element, near: () => void): () => void;
  /** Where the element is now, from its box: within about two screens of the viewport, or above or below that. */
  place(element: Element): 'near' | 'above' | 'below';
  /** Whether the element's text is rendered at all (`checkVisibility()`): hidden text is neither matched nor wrapped. */
  rendered(element: Element): boolean;
  /** Runs `write` before the next frame is drawn: the one write batch of that frame. */
  frame(write: () => void): void;
  /**
   * Whether a watched element has not been placed yet: its first report (near or not) has not
   * come, or it was reported near and waits to be handed over. "Settled" waits for this, since
   * how many frames the first report takes depends on how busy the browser is.
   */
  pending(): boolean;
  /** Resolves when the tab is shown (at once if it is): hidden tabs do nothing. */
  shown(): Promise<void>;
  disconnect(): void;
}

/** A stub for DOM tests and tools: everything is near and rendered, frames are macrotasks. */
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
    shown: () => Promise.resolve(),
    disconnect: () => void (live = false),
  };
}
